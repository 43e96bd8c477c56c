// The web edition in a real browser: each example's page opened in Debian's chromium (driven by
// puppeteer-core; nothing downloads a browser), axe-core run with the WCAG 2.0/2.1/2.2 A and AA
// rules (0 violations), no request leaves the page, and at 1280 and 320 CSS px the page does not
// scroll sideways (WCAG 1.4.10; a wide table scrolls in its own region). Screenshots of the
// first screen at each width (and of the first section with columns) are written to OUT_DIR.
//   node browser_test.mjs BOARDPACK SOURCE_DIR OUT_DIR
// Exit 0: passed; 1: failed; 77: skipped (no chromium or no node_modules; printed why).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [bin, src, outDir] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(`no browser at ${chromium}`);
  console.log("to run it: apt-get install chromium (packages.txt), or set CHROMIUM");
  process.exit(77);
}
if (!existsSync(path.join(here, "node_modules", "puppeteer-core"))) {
  console.log("puppeteer-core and axe-core are not installed in tests/web/node_modules");
  console.log("to run it: make web-deps (npm ci in tests/web)");
  process.exit(77);
}
const require = createRequire(path.join(here, "package.json"));
const puppeteer = require("puppeteer-core");
const axePath = require.resolve("axe-core/axe.min.js");

const layouts = [
  "layouts/pcc-quarterly.xml",
  "layouts/board-summary.xml",
  "layouts/council-scorecard.xml",
  "tests/e2e/layouts/charts-demo.xml",
  "tests/e2e/layouts/period-targets.xml",
  "tests/e2e/layouts/plain-headers.xml",
  "tests/e2e/layouts/verdict-rules.xml",
  "tests/e2e/fixture/edge-cases.xml",
  "layouts/nhs-ipr.xml",
  "tests/e2e/layouts/spc.xml",
];
const widths = [1280, 320];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), "bp-browser-"));
const args = ["--headless=new", "--disable-gpu", "--no-first-run", "--disable-extensions"];
if (process.getuid && process.getuid() === 0) args.push("--no-sandbox"); // root: no user namespace
const browser = await puppeteer.launch({ executablePath: chromium, args, headless: true });
let failures = 0;
const fail = (what) => {
  failures++;
  console.log(`FAIL ${what}`);
};
try {
  for (const layout of layouts) {
    const name = path.basename(layout, ".xml");
    const html = path.join(work, `${name}.html`);
    const built = spawnSync(bin, ["build", path.join(src, layout), "-q", "--no-system-fonts",
                                  "--html", html], { encoding: "utf8" });
    if (built.status !== 0) {
      fail(`${layout}: boardpack build failed: ${built.stderr}`);
      continue;
    }
    const url = pathToFileURL(html).href;
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.url() !== url) {
        fail(`${layout}: the page asked for ${request.url()}`);
        request.abort();
      } else request.continue();
    });
    for (const width of widths) {
      await page.setViewport({ width, height: 800 });
      await page.goto(url, { waitUntil: "load" });
      const sideways = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll("main *")]
          .filter((e) => !e.closest(".table-region"))
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}`),
      }));
      if (sideways.scroll > sideways.client)
        fail(`${layout} at ${width}px: the page scrolls sideways (${sideways.scroll} > ` +
             `${sideways.client}): ${sideways.wide.join(", ")}`);
      await page.screenshot({ path: path.join(outDir, `${name}-${width}.png`) });
      // A page with columns: also the first section that has them (a chart beside its table),
      // to see them side by side at 1280 px and stacked at 320 px.
      const columns = await page.$("section:has(.columns)");
      if (columns) {
        await columns.scrollIntoView();
        await page.screenshot({ path: path.join(outDir, `${name}-columns-${width}.png`) });
      }
    }
    await page.setRequestInterception(false);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async (runOnly) =>
      await window.axe.run(document, { runOnly: { type: "tag", values: runOnly },
                                       resultTypes: ["violations"] }), tags);
    for (const v of result.violations)
      fail(`${layout}: axe ${v.id} (${v.impact}): ${v.help}; ` +
           v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | "));
    console.log(`${layout}: ${result.violations.length} violations, ` +
                `${result.passes ? result.passes.length : "-"} rules passed`);
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
