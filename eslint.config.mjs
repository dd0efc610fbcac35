import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** What src/domain may never import: it is pure, so Word, the UI, the network and the disk stay outside. */
const domainForbidden = {
  paths: [
    { name: "react", message: "src/domain is pure: no React." },
    { name: "react-dom", message: "src/domain is pure: no React." },
    { name: "axios", message: "src/domain is pure: no network." },
    { name: "fs", message: "src/domain is pure: no file system." },
    { name: "node:fs", message: "src/domain is pure: no file system." },
    { name: "fs/promises", message: "src/domain is pure: no file system." },
    { name: "node:fs/promises", message: "src/domain is pure: no file system." },
    { name: "http", message: "src/domain is pure: no network." },
    { name: "https", message: "src/domain is pure: no network." },
    { name: "node:http", message: "src/domain is pure: no network." },
    { name: "node:https", message: "src/domain is pure: no network." },
    { name: "net", message: "src/domain is pure: no network." },
    { name: "node:net", message: "src/domain is pure: no network." },
    { name: "jszip", message: "src/domain is pure: packaging belongs to src/docx." },
    { name: "@xmldom/xmldom", message: "src/domain is pure: the DOM belongs to src/docx." },
  ],
  patterns: [
    { group: ["@fluentui/*", "react/*", "react-dom/*"], message: "src/domain is pure: no UI." },
    { group: ["@microsoft/office-js*", "office-js", "office-addin-*"], message: "src/domain is pure: no Office." },
    { group: ["axios/*", "undici", "node-fetch"], message: "src/domain is pure: no network." },
    { group: ["**/word/*", "**/word", "**/docx/*", "**/docx", "**/taskpane/*", "**/api/*", "**/server/*", "**/cli/*"], message: "src/domain imports nothing outside itself." },
  ],
};

/** Every way to reach Office.js's globals by their name, for the rules that keep them in src/word. */
const officeSyntax = (message) => [
  { selector: "MemberExpression[object.name=/^(globalThis|window)$/][property.name=/^(Office|Word)$/]", message },
  { selector: "MemberExpression[property.name=/^(Office|Word)$/] > TSAsExpression Identifier[name='globalThis']", message },
  { selector: "TSQualifiedName[left.name=/^(Office|Word)$/]", message },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-output/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "max-params": ["error", 4],
    },
  },
  {
    // Office.js belongs to src/word (and to src/docx, which emulates it): every other folder reaches Word through
    // the src/word operations, so the pane, the CLI, the server and the playground never hold a Word object.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/word/**", "src/docx/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js only under src/word: call a src/word operation." },
        { name: "Word", message: "Office.js only under src/word: call a src/word operation." },
      ],
      "no-restricted-syntax": ["error", ...officeSyntax("Office.js only under src/word: call a src/word operation.")],
    },
  },
  {
    // Every file under src/domain, tests included: tests that read fixtures from disk live in test/domain.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", domainForbidden],
      // The DOM and Office globals are not there for domain code, and the clock is a parameter.
      "no-restricted-globals": [
        "error",
        { name: "window", message: "src/domain is pure: no DOM." },
        { name: "document", message: "src/domain is pure: no DOM." },
        { name: "Office", message: "src/domain is pure: no Office." },
        { name: "Word", message: "src/domain is pure: no Office." },
        { name: "fetch", message: "src/domain is pure: no network." },
        { name: "XMLHttpRequest", message: "src/domain is pure: no network." },
        { name: "DOMParser", message: "src/domain is pure: no DOM." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/domain takes the time as a parameter." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/domain takes the time as a parameter." },
        ...officeSyntax("src/domain is pure: no Office."),
      ],
    },
  },
  {
    files: ["src/docx/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/word/*", "**/taskpane/*", "**/cli/*"], message: "src/docx implements the Word API; it does not use the add-in." }] }],
    },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
