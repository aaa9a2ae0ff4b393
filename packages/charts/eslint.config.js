import base from "@insats/eslint-config/base";

export default base;
