/** @type {import("prettier").Config} */
const config = {
  printWidth: 110,
  singleQuote: false,
  trailingComma: "all",
  semi: true,
};

export default config;
