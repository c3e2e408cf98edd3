// The pages in a real browser (tests/browser/README.md): Chromium through playwright-core against
// a loopback `cairn serve` with demo data. Each step is a named check; the driver runs them all,
// prints one line per check and exits 1 when any failed.
//
//   node pages_test.mjs --cairn PATH --node-modules DIR --work DIR --screenshots DIR
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startCairn } from "./cairn_instance.mjs";
import { startSmtpSink } from "./smtp_sink.mjs";

const { values: args } = parseArgs({
  options: {
    cairn: { type: "string" },
    "node-modules": { type: "string" },
    work: { type: "string" },
    screenshots: { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});
const require = createRequire(path.resolve(args["node-modules"], "package.json"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(args.screenshots, { recursive: true });

const results = [];
let browser;
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok      ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAILED  ${name}: ${error.message}`);
    for (const context of browser?.contexts() ?? []) {
      for (const open of context.pages()) {
        console.log(`  open page: ${open.url()}`);
        await open.screenshot({ path: path.join(args.screenshots, `failed-${results.length}.png`), fullPage: true }).catch(() => {});
      }
    }
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// axe-core on the page as it is: serious and critical violations fail the check.
async function audit(page, label) {
  await page.addScriptTag({ content: axeSource });
  const outcome = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const bad = outcome.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.length === 0, `${label}: ${JSON.stringify(bad)}`);
}

// No catalog key shows where a translation should be.
async function expectTranslated(page, label, keys) {
  const text = await page.evaluate(() => document.body.innerText);
  expect(!text.includes("[["), `${label}: an untranslated [[key]] shows`);
  const shown = keys.filter((key) => text.includes(key));
  expect(shown.length === 0, `${label}: catalog keys show: ${shown.join(", ")}`);
}

// `cairn verify FILE`: its exit status and report.
function cairnVerify(file, extra = []) {
  try {
    const output = execFileSync(args.cairn, ["verify", "--offline", ...extra, file], { encoding: "utf8" });
    return { status: 0, report: JSON.parse(output) };
  } catch (error) {
    return { status: error.status, report: error.stdout };
  }
}

// Screenshots at both widths and an axe audit of the page now open; at neither width is the page
// wider than the window.
// What a page ships, images aside: its HTML as served and every stylesheet and script it loads.
const weights = [];
async function pageWeight(page) {
  const urls = await page.evaluate(() => [
    location.href,
    ...[...document.querySelectorAll('link[rel="stylesheet"], script[src]')].map((e) => e.href || e.src),
  ]);
  let bytes = 0;
  for (const url of urls) bytes += (await (await page.request.get(url)).body()).length;
  return bytes;
}

async function shootBothWidths(page, name) {
  const weight = await pageWeight(page);
  weights.push({ name, weight });
  expect(weight <= 100 * 1024, `${name} ships ${weight} bytes of HTML, CSS and JS (budget 102,400)`);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `${name} at ${width} px is ${overflow} px wider than the window`);
    await audit(page, `${name} ${width}`);
    await page.screenshot({ path: path.join(args.screenshots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const smtp = await startSmtpSink();
const cairn = await startCairn({ cairn: args.cairn, work: args.work, smtp: smtp.address });
browser = await chromium.launch({ executablePath: args.chromium, args: ["--no-sandbox"] });
const catalogKeys = Object.keys(
  JSON.parse(readFileSync(new URL("../../src/web/messages/en.json", import.meta.url), "utf8")),
);
try {
  // axe-core is injected as an inline script, which the pages' Content-Security-Policy forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const [verifiedUrl] = cairn.demo.credentials;
  const revokedUrl = cairn.demo.credentials.at(-1);
  const credentialJson = await (await fetch(verifiedUrl, { headers: { Accept: "application/ld+json" } })).text();

  const pages = [
    ["start", `${cairn.base}/`],
    ["verify", `${cairn.base}/verify`],
    ["credential", verifiedUrl],
    ["credential-revoked", revokedUrl],
  ];
  for (const [name, url] of pages) {
    for (const width of [1280, 375]) {
      await check(`${name} at ${width} px: loads, passes axe, screenshot`, async () => {
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(`${url}?lang=en`);
        expect(response.status() === 200, `status ${response.status()}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow <= 0, `the page is ${overflow} px wider than the window`);
        await audit(page, `${name} ${width}`);
        await page.screenshot({ path: path.join(args.screenshots, `${name}-${width}.png`), fullPage: true });
      });
    }
  }

  await check("the public page of a valid credential says Verified", async () => {
    await page.goto(`${verifiedUrl}?lang=en`);
    const verdict = await page.locator(".verdict-text").first().innerText();
    expect(verdict === "Verified", `verdict "${verdict}"`);
  });
  await check("the public page of a revoked credential says Revoked", async () => {
    await page.goto(`${revokedUrl}?lang=en`);
    const verdict = await page.locator(".verdict-text").first().innerText();
    expect(verdict === "Revoked", `verdict "${verdict}"`);
  });

  await check("a pasted credential verifies on /verify", async () => {
    await page.goto(`${cairn.base}/verify?lang=en`);
    await page.getByLabel("Paste a credential (JSON or JWT)").fill(credentialJson);
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.waitForSelector(".verdict-text");
    const verdict = await page.locator(".verdict-text").first().innerText();
    expect(verdict === "Verified", `verdict "${verdict}"`);
    await audit(page, "verify results");
    await page.screenshot({ path: path.join(args.screenshots, "verify-result-1280.png"), fullPage: true });
  });

  await check("an uploaded tampered credential shows Not verified and the failing step", async () => {
    const tampered = JSON.parse(credentialJson);
    tampered.name = "Something else entirely";
    const file = path.join(args.work, "tampered.json");
    writeFileSync(file, JSON.stringify(tampered));
    await page.goto(`${cairn.base}/verify?lang=en`);
    await page.setInputFiles("#files", file);
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.waitForSelector(".verdict-text");
    const verdict = await page.locator(".verdict-text").first().innerText();
    expect(verdict === "Not verified", `verdict "${verdict}"`);
    const failed = await page.locator(".check-fail .check-name").allInnerTexts();
    expect(failed.includes("Signature"), `failed steps: ${failed.join(", ")}`);
    await page.screenshot({ path: path.join(args.screenshots, "verify-tampered-1280.png"), fullPage: true });
  });

  await check("several files at once give a table of verdicts", async () => {
    const good = path.join(args.work, "good.json");
    writeFileSync(good, credentialJson);
    const revoked = path.join(args.work, "revoked.json");
    writeFileSync(revoked, await (await fetch(revokedUrl, { headers: { Accept: "application/ld+json" } })).text());
    await page.goto(`${cairn.base}/verify?lang=en`);
    await page.setInputFiles("#files", [good, revoked]);
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await page.waitForSelector(".result-table");
    const verdicts = await page.locator(".result-table .verdict-cell").allInnerTexts();
    expect(JSON.stringify(verdicts) === JSON.stringify(["Verified", "Revoked"]), `verdicts ${verdicts}`);
  });

  await check("the keyboard reaches the skip link first and it moves focus to the content", async () => {
    await page.goto(`${cairn.base}/verify?lang=en`);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement.className);
    expect(first === "skip-link", `first focus: "${first}"`);
    await page.keyboard.press("Enter");
    const focused = await page.evaluate(() => document.activeElement.id);
    expect(focused === "main", `focus after the skip link: "${focused}"`);
  });

  for (const [code, name, probe] of [
    ["de", "Deutsch", "Nachweis prüfen"],
    ["es", "Español", "Verificar una credencial"],
  ]) {
    await check(`the language switch gives every page in ${name}`, async () => {
      await page.goto(`${cairn.base}/?lang=en`);
      await page.getByRole("link", { name }).click();
      expect((await page.getAttribute("html", "lang")) === code, "html lang after the switch");
      for (const [label, url] of pages) {
        await page.goto(url); // the cookie keeps the language
        expect((await page.getAttribute("html", "lang")) === code, `${label}: html lang`);
        await expectTranslated(page, `${label} (${code})`, catalogKeys);
      }
      const text = await page.evaluate(() => document.body.innerText);
      expect(text.includes(probe), `"${probe}" not shown`);
      await page.screenshot({ path: path.join(args.screenshots, `credential-revoked-${code}-1280.png`), fullPage: true });
    });
  }
  // The earner's way: the e-mail's claim link, an account, the wallet, sharing, downloads.
  const earner = await browser.newContext({ bypassCSP: true });
  const tab = await earner.newPage();
  const learner = "learner@example.org";
  let entryUrl = "";
  await check("an earner follows the claim link, signs up and accepts into the wallet", async () => {
    const [achievement] = cairn.demo.achievements;
    await cairn.api("POST", `/api/v1/orgs/${cairn.demo.organisation}/achievements/${achievement}/awards`, {
      recipient: learner,
    });
    const mail = await smtp.waitFor(learner, /\/claim\/[A-Za-z0-9_-]+/);
    const claimUrl = mail.text.match(/https?:\/\/\S+\/claim\/[A-Za-z0-9_-]+/)[0];
    await tab.goto(`${claimUrl}?lang=en`);
    await shootBothWidths(tab, "claim");
    await tab.getByRole("link", { name: "Create one" }).click();
    await tab.getByLabel("Your name").fill("Lea Learner");
    await tab.getByLabel("E-mail address").fill(learner);
    await tab.getByLabel("Password").fill("a long enough password");
    await shootBothWidths(tab, "sign-up");
    await tab.getByRole("button", { name: "Create the account" }).click();
    await tab.waitForURL(/\/claim\//);
    await tab.getByRole("button", { name: "Accept", exact: true }).click();
    await tab.waitForURL(/\/wallet$/);
    await shootBothWidths(tab, "wallet");
    await tab.locator(".wallet-table a").first().click();
    await tab.waitForURL(/\/wallet\/[0-9a-f]+$/);
    entryUrl = tab.url();
    const verdict = await tab.locator(".verdict-text").first().innerText();
    expect(verdict === "Verified", `verdict "${verdict}"`);
  });

  await check("the earner makes it public and gets a LinkedIn link and a public page", async () => {
    await tab.goto(entryUrl);
    await tab.getByRole("button", { name: "Make public" }).click();
    await tab.waitForSelector("#public-link");
    const linkedin = await tab.getByRole("link", { name: "Add to LinkedIn profile" }).getAttribute("href");
    const publicUrl = await tab.inputValue("#public-link");
    expect(linkedin.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"), linkedin);
    expect(linkedin.includes(`certUrl=${encodeURIComponent(publicUrl)}`), `certUrl missing in ${linkedin}`);
    await shootBothWidths(tab, "wallet-entry");
    const visitor = await browser.newPage();
    await visitor.goto(`${publicUrl}?lang=en`);
    const verdict = await visitor.locator(".verdict-text").first().innerText();
    expect(verdict === "Verified", `public page verdict "${verdict}"`);
    await visitor.close();
  });

  await check("the PDF, PNG, SVG and JSON downloads each verify with cairn verify", async () => {
    await tab.goto(entryUrl);
    const links = await tab.locator(".downloads a").evaluateAll((anchors) => anchors.map((a) => a.href));
    expect(links.length === 4, `${links.length} download links: ${links.join(" ")}`);
    // Offline, cairn verify is given the issuer's did:web document and the status list as files.
    const credential = JSON.parse(await (await tab.request.get(links.find((l) => l.includes("format=json")))).text());
    const didDocument = path.join(args.work, "did.json");
    writeFileSync(didDocument, await (await fetch(`${cairn.base}/issuers/${cairn.demo.organisation}/did.json`)).text());
    const listUrl = credential.credentialStatus.statusListCredential;
    const statusList = path.join(args.work, "status-list.json");
    writeFileSync(statusList, await (await fetch(listUrl)).text());
    const extra = ["--did-doc", didDocument, "--status-list", `${listUrl}=${statusList}`];
    for (const link of links) {
      const response = await tab.request.get(link);
      expect(response.ok(), `${link}: ${response.status()}`);
      const kind = link.includes("pdf") ? "pdf" : new URL(link).searchParams.get("format");
      const file = path.join(args.work, `download.${kind}`);
      writeFileSync(file, await response.body());
      const { status, report } = cairnVerify(file, extra);
      expect(status === 0, `${kind}: cairn verify exited ${status}: ${JSON.stringify(report).slice(0, 300)}`);
      expect(report.format === (kind === "json" ? "json" : kind), `${kind}: format ${report.format}`);
    }
  });

  // A colleague without an account: the invitation mail's link, an account, the console.
  await check("an invited colleague follows the mail's link, makes an account and reaches the console", async () => {
    const colleague = "colleague@example.org";
    await cairn.api("POST", `/api/v1/orgs/${cairn.demo.organisation}/members`, { email: colleague, role: "assessor" });
    const mail = await smtp.waitFor(colleague, /\/invitations\/[A-Za-z0-9_-]+/);
    const link = mail.text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)[0];
    const invited = await (await browser.newContext({ bypassCSP: true })).newPage();
    await invited.goto(`${link}?lang=en`);
    await shootBothWidths(invited, "invitation");
    await invited.getByLabel("Your name").fill("Cole League");
    await invited.getByLabel("Password").fill("a long enough password");
    await invited.getByRole("button", { name: "Create the account and join" }).click();
    await invited.waitForURL(new RegExp(`/console/${cairn.demo.organisation}$`));
    await invited.close();
  });

  // The issuer's way: sign in, define an achievement, award it to 1,000 people from a CSV file
  // and watch the job to its end. (Last: its 1,000 claim mails would queue before any other.)
  const issuer = await browser.newContext({ bypassCSP: true });
  const desk = await issuer.newPage();
  await check("an issuer defines an achievement and watches a 1,000-row CSV award finish", async () => {
    await desk.goto(`${cairn.base}/sign-in?lang=en`);
    await shootBothWidths(desk, "sign-in");
    await desk.getByLabel("E-mail address").fill(cairn.admin.email);
    await desk.getByLabel("Password").fill(cairn.admin.password);
    await desk.getByRole("button", { name: "Sign in" }).click();
    await desk.waitForURL(/\/wallet$/);
    await desk.getByRole("link", { name: "Issuer console" }).click();
    await shootBothWidths(desk, "console");
    await desk.getByRole("link", { name: "Cairn Demo Academy" }).click();
    await desk.getByRole("link", { name: "New achievement" }).click();
    await desk.getByLabel("Name", { exact: true }).fill("Safe Lifting");
    await desk.getByLabel("Description").fill("Lifting and carrying loads without injury.");
    await desk.getByLabel("Learning outcomes").fill("Plans a lift\nUses lifting aids");
    await desk.getByLabel("Workload in hours").fill("8");
    await desk.getByLabel("EQF level").selectOption("3");
    await desk.getByLabel("Type of assessment").fill("Observed practical test");
    await desk.getByLabel("Form of participation").fill("On site");
    await desk.getByLabel("Type of quality assurance").fill("Internal review");
    await desk.getByLabel("Skills").fill("http://data.europa.eu/esco/skill/lift Lift heavy weights");
    await desk.getByLabel("Draw a badge from the name in this colour").check();
    await desk.getByLabel("Badge colour").fill("#ffcc00");
    await shootBothWidths(desk, "console-achievement");
    await desk.getByRole("button", { name: "Save the achievement" }).click();
    const row = desk.locator("tr", { hasText: "Safe Lifting" });
    const achievementId = (await row.locator("code").innerText()).trim();
    expect(/^[0-9a-f]+$/.test(achievementId), `achievement id "${achievementId}"`);
    // The badge drawn in the chosen colour is the achievement's image, served by the instance.
    const defined = await (
      await desk.request.get(`${cairn.base}/api/v1/orgs/${cairn.demo.organisation}/achievements/${achievementId}`)
    ).json();
    const image = defined.definition.image;
    expect(image.startsWith(`${cairn.base}/images/`), `image "${image}"`);
    const drawn = await desk.request.get(image);
    expect(drawn.headers()["content-type"] === "image/svg+xml", `image type ${drawn.headers()["content-type"]}`);
    const svg = await drawn.text();
    expect(svg.includes("Safe Lifting") && svg.includes("#ffcc00"), `drawn badge: ${svg.slice(0, 200)}`);
    await shootBothWidths(desk, "console-organisation");

    const lines = ["achievement,recipient,recipient_name"];
    for (let i = 0; i < 1000; i++) lines.push(`${achievementId},worker${i}@example.org,Worker ${i}`);
    const csv = path.join(args.work, "awards.csv");
    writeFileSync(csv, lines.join("\n") + "\n");
    await desk.getByRole("link", { name: "Award in bulk (CSV)" }).click();
    await desk.setInputFiles("#csv_file", csv);
    await desk.getByRole("button", { name: "Check only" }).click();
    await desk.waitForSelector(".preview");
    const preview = await desk.locator(".preview").innerText();
    expect(preview.includes("All 1,000 rows are valid"), `preview: ${preview.slice(0, 200)}`);
    await shootBothWidths(desk, "console-bulk-preview");
    await desk.getByRole("button", { name: "Check and start" }).click();
    await desk.waitForURL(/\/jobs\//);
    await desk.waitForFunction(() => document.querySelector(".job").dataset.state === "done", null, {
      timeout: 120000,
    });
    const counts = await desk.locator("#job-counts").innerText();
    expect(counts.startsWith("1,000 / 1,000"), `counts: ${counts}`);
    expect(counts.includes("issued 1,000"), `counts: ${counts}`);
    await shootBothWidths(desk, "console-job");
  });

  await check("the issuer finds a credential by its recipient and revokes it with a reason", async () => {
    await desk.getByRole("link", { name: "Back to the organisation" }).click();
    await desk.getByRole("link", { name: "Credentials issued" }).click();
    await desk.getByLabel("Recipient (part of the address or name)").fill("worker42@");
    await desk.getByRole("button", { name: "Show" }).click();
    const rows = desk.locator("tbody tr");
    expect((await rows.count()) === 1, `${await rows.count()} rows for worker42@`);
    await rows.first().getByLabel("Reason").fill("Issued by mistake");
    await rows.first().getByRole("button", { name: "Revoke" }).click();
    await desk.waitForLoadState();
    const state = await desk.locator("tbody tr .tag").first().innerText();
    expect(state === "Revoked", `state "${state}"`);
    await shootBothWidths(desk, "console-credentials");
  });

  await check("the achievement's analytics show the 1,000 issued as a chart, a table and CSV", async () => {
    await desk.getByRole("link", { name: "Back to the organisation" }).click();
    await desk.locator("tr", { hasText: "Safe Lifting" }).getByRole("link", { name: "See" }).click();
    const totals = await desk.locator(".totals").innerText();
    expect(totals.includes("1,000"), `totals: ${totals}`);
    expect((await desk.locator("svg polyline").count()) === 5, "five series in the chart");
    const csv = await (await desk.request.get(desk.url() + "?format=csv")).text();
    expect(/,1000,\d+,\d+,\d+,\d+\r\n/.test(csv), `csv: ${csv.slice(-120)}`);
    await shootBothWidths(desk, "console-analytics");
  });

  await check("the issuer edits the organisation's profile", async () => {
    await desk.goto(`${cairn.base}/console/${cairn.demo.organisation}/settings?lang=en`);
    await desk.getByLabel("Website").fill("https://academy.example");
    await desk.getByLabel("Country").fill("ie");
    await desk.getByRole("button", { name: "Save the profile" }).click();
    await desk.waitForURL(/\/settings$/);
    expect((await desk.getByLabel("Country").inputValue()) === "IE", "the country is kept in capitals");
    const profile = await (await desk.request.get(`${cairn.base}/issuers/${cairn.demo.organisation}`)).json();
    expect(profile.url === "https://academy.example", `profile url ${profile.url}`);
  });

  await check("the console's other pages pass axe at both widths", async () => {
    const org = `${cairn.base}/console/${cairn.demo.organisation}`;
    for (const [name, url] of [
      ["console-award", `${org}/awards/new`],
      ["console-members", `${org}/members`],
      ["console-settings", `${org}/settings`],
      ["console-edit", `${org}/achievements/${cairn.demo.achievements[0]}/edit`],
      ["console-credentials-full", `${org}/credentials`],
      ["console-analytics-year", `${org}/achievements/${cairn.demo.achievements[0]}/analytics?days=365`],
    ]) {
      const response = await desk.goto(`${url}${url.includes("?") ? "&" : "?"}lang=en`);
      expect(response.status() === 200, `${name}: status ${response.status()}`);
      await shootBothWidths(desk, name);
    }
  });
} finally {
  await browser.close();
  await cairn.stop();
  await smtp.close();
}

const heaviest = weights.reduce((a, b) => (b.weight > a.weight ? b : a), { name: "none", weight: 0 });
console.log(`pages weighed: ${weights.length}; the heaviest: ${heaviest.name}, ${heaviest.weight} bytes`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} of ${results.length} browser checks passed`);
if (failed > 0) {
  console.log("cairn serve's log:\n" + cairn.log().split("\n").slice(-20).join("\n"));
  process.exit(1);
}
