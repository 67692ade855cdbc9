/**
 * The browser example (`browser/example.html`) in Debian's Chromium, headless, driven by
 * playwright-core: the page logs in over the gate's WebSocket port, whispers to itself,
 * and shows the push. Runs when HEARTH_CHROMIUM names the browser binary (`.ci/run` sets
 * it); otherwise it is skipped, saying so.
 */

import assert from "node:assert/strict";
import { createReadStream, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, extname, join, normalize } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { Node } from "./node.js";

/** The package folder (served as is: browser/, dist/, node_modules/). */
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };
/** How long the page has to show the push. */
const PAGE_WAIT_MS = 15_000;

/** A static server of the package folder on a free loopback port. */
async function serve(): Promise<[Server, number]> {
  const server = createServer((request, response) => {
    const path = normalize(join(PACKAGE, decodeURIComponent(new URL(request.url!, "http://x").pathname)));
    if (!path.startsWith(PACKAGE) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  assert.ok(address && typeof address === "object");
  return [server, address.port];
}

const executablePath = process.env.HEARTH_CHROMIUM;

test("the browser example logs in over WebSocket and shows a push", { skip: !executablePath && "set HEARTH_CHROMIUM to a Chromium binary" }, async () => {
  const node = await new Node().start();
  const [server, port] = await serve();
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${port}/browser/example.html?ws=ws://${node.ready.ws}/&user=browser&ticket=${node.ticket("browser")}`;
    await page.goto(url);
    const status = page.locator("#status");
    await status.filter({ hasText: "push received" }).waitFor({ timeout: PAGE_WAIT_MS });
    assert.equal(await status.textContent(), "push received: hello from the browser");
    assert.ok((await page.locator("#pushes li").count()) >= 1);
  } finally {
    await browser.close();
    server.close();
    node.stop();
  }
});
