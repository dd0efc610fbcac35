// Builds the task pane (and the browser playground) into dist/. Office.js is never bundled: inside Word
// it comes from Microsoft's CDN script tag in taskpane.html, as Microsoft requires.
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const pages = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "playground", entry: "./src/playground/index.tsx", template: "./src/playground/playground.html" },
].filter((p) => fs.existsSync(path.join(__dirname, p.entry)));

/**
 * Writes dist/chunks.json: for each page, the files of its entry's initial chunks (what loads before the first
 * render) and of every chunk it may load later (the panels opened on demand). Read by bench/pane.bench.ts.
 */
class ChunkListPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkListPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkListPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const pagesOut = {};
          for (const [name, entry] of compilation.entrypoints) {
            const files = (chunks) =>
              [...new Set(chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith(".js")).sort();
            const initial = entry.chunks;
            const all = new Set(initial);
            for (const chunk of initial) for (const async of chunk.getAllAsyncChunks()) all.add(async);
            pagesOut[name] = { initial: files(initial), all: files([...all]) };
          }
          compilation.emitAsset(
            "chunks.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(pagesOut, null, 1)),
          );
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const https = process.env.BAOCAO_DEV_CERT
    ? {
        type: "https",
        options: {
          key: fs.readFileSync(process.env.BAOCAO_DEV_KEY),
          cert: fs.readFileSync(process.env.BAOCAO_DEV_CERT),
        },
      }
    : "https";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    // The command line is built into dist/cli by scripts/build-cli.mjs: a pane build must not delete it.
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", clean: { keep: /^cli[\\/]/ } },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // src/docx runs in the browser for the playground: node built-ins it may name are not bundled.
      fallback: { fs: false, path: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "ESNext", noEmit: false } },
          },
        },
      ],
    },
    externals: { "office-js": "Office" },
    performance: { hints: false },
    // Code shared by panels loaded on demand (Fluent's Text, the number readers, the table styles) goes into a
    // chunk of its own from 2 KB instead of webpack's 20 KB, so that it is not copied into every panel's chunk.
    // No vendor chunks apart: a package used by one on-demand chunk stays in it (exceljs and its zip reader in
    // exceljs.js, fetched together when the clerk picks a workbook).
    optimization: { splitChunks: { chunks: "async", minSize: 2000, cacheGroups: { defaultVendors: false } } },
    plugins: [
      new ChunkListPlugin(),
      // `npm start` makes a test key for this machine; the development pane offers it, a production build never.
      new DefinePlugin({
        "process.env.BAOCAO_DEV_API_KEY": JSON.stringify(production ? "" : (process.env.BAOCAO_DEV_API_KEY ?? "")),
      }),
      ...pages.map(
        (p) => new HtmlWebpackPlugin({ filename: `${p.name}.html`, template: p.template, chunks: [p.name] }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(fs.existsSync(path.join(__dirname, "src/taskpane/help.html"))
            ? [
                { from: "src/taskpane/help.html", to: "help.html" },
                // Its pictures of the pane (scripts/help-screenshots.ts).
                { from: "src/taskpane/help/*.png", to: "help/[name][ext]", noErrorOnMissing: true },
              ]
            : []),
          ...(fs.existsSync(path.join(__dirname, "test/fixtures/docx"))
            ? [{ from: "test/fixtures/docx/*.docx", to: "samples/[name][ext]", noErrorOnMissing: true }]
            : []),
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.BAOCAO_PORT ?? 3000),
      host: process.env.BAOCAO_HOST ?? "localhost",
      server: https,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(__dirname, "dist") },
      client: { overlay: false },
      // The pane calls the figures service on its own origin, so no mixed content and no CORS in development.
      proxy: [{ context: ["/api"], target: `http://127.0.0.1:${process.env.BAOCAO_API_PORT ?? 3001}` }],
      hot: false,
    },
  };
};
