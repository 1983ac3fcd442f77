export { chromiumPath, launchChromium } from "./browser.ts";
export { freePort, startNextApp, type NextApp } from "./next-app.ts";
