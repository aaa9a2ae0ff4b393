import domain from "@insats/eslint-config/domain";

export default domain;
