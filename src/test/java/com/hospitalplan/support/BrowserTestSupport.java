package com.hospitalplan.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's headless Chromium (never a downloaded browser) against the application on a random port.
 * {@code CHROME_PATH} names another Chromium-based browser, e.g. on CI runners that ship Google Chrome.
 * Each test gets a fresh browser context (no cookies); a screenshot of the last page is kept in
 * {@code target/screenshots}. Confirmation questions are agreed to unless a test says otherwise ({@link #agree}).
 */
public abstract class BrowserTestSupport {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private BrowserContext context;
    protected Page page;

    /** What the pages asked before an irreversible action (window.confirm), in order. */
    protected final List<String> questions = new java.util.ArrayList<>();

    /** How such questions are answered: agreed to, as a person who meant the click would; false to cancel. */
    protected boolean agree = true;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chrome = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chrome))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onDialog(dialog -> {
            questions.add(dialog.message());
            if (agree) {
                dialog.accept();
            } else {
                dialog.dismiss();
            }
        });
    }

    @AfterEach
    void closePage(TestInfo test) {
        String name = getClass().getSimpleName() + "-"
                + test.getTestMethod().map(m -> m.getName()).orElse("test");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs out through the user menu. The menu is Bootstrap's dropdown, whose script loads deferred: wait for the
     * page to finish loading, and open the menu again if the first click came too early.
     */
    protected void signOut() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        com.microsoft.playwright.Locator menu = page.locator("#user-menu + .dropdown-menu");
        for (int attempt = 0; attempt < 3 && !menu.isVisible(); attempt++) {
            page.locator("#user-menu").click();
            page.waitForTimeout(200);
        }
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录"))
                .click();
    }

    /** Signs in through the sign-in page as a person would. */
    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
    }
}
