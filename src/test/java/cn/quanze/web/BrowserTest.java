package cn.quanze.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** End-to-end: the page in headless Chromium (Debian's chromium + chromium-driver) against the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/browser-test-data", "quanze.batch.max-size=5"})
class BrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target/screenshots");
    static WebDriver driver;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "Chromium 未安装：需要 " + CHROMIUM + " 和 " + DRIVER + "（apt-get install -y chromium chromium-driver）");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        profile = Files.createTempDirectory("quanze-chrome-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), o);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    WebDriverWait await() {
        // the page re-renders the answer card, so an element found a moment ago may be replaced
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(15));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    void open(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get("http://localhost:" + port + "/");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-body")));
    }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void ask() {
        WebElement body = driver.findElement(By.id("ask-body"));
        body.clear();
        body.sendKeys("东冶镇");
        WebElement q = driver.findElement(By.id("ask-query"));
        q.clear();
        q.sendKeys("村民没批准就占地盖房，镇里能罚吗？");
        driver.findElement(By.id("ask-submit")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-card")));
    }

    @Test
    @DisplayName("权限查询：东冶镇问占地建房能否处罚 → 卡片显示“可以”和第121项、依据")
    void question() throws Exception {
        open(1366, 768);
        ask();
        WebElement card = driver.findElement(By.id("answer-card"));
        assertEquals("可以", driver.findElement(By.id("verdict")).getText());
        assertTrue(card.getText().contains("第121项"), card.getText());
        assertTrue(card.getText().contains("《中华人民共和国土地管理法》第七十八条"), card.getText());
        assertTrue(card.getText().contains("东冶镇人民政府"));
        shot("ask-1366");
        // the fired rules are behind a <details>
        WebElement details = card.findElement(By.tagName("details"));
        assertFalse(details.findElement(By.tagName("li")).isDisplayed());
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.tagName("li")).isDisplayed());
        // a candidate re-asks with its item number
        WebElement cand = card.findElement(By.cssSelector(".candidates button[data-item='99']"));
        cand.click();
        await().until(d -> d.findElement(By.id("answer-item")).getText().contains("第99项"));
        assertEquals("99", driver.findElement(By.id("ask-item")).getAttribute("value"));
    }

    @Test
    @DisplayName("权限查询：仅用键盘填写并提交")
    void keyboardOnly() throws Exception {
        open(1366, 768);
        WebElement body = driver.findElement(By.id("ask-body"));
        body.click();
        body.sendKeys("东冶镇");
        body.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("村民没批准就占地盖房，镇里能罚吗？");
        assertEquals("ask-query", driver.switchTo().activeElement().getAttribute("id"));
        body.sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-card")));
        assertEquals("可以", driver.findElement(By.id("verdict")).getText());
        // tabs: arrow keys move between them
        driver.findElement(By.id("tab-ask")).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("tab-browse", driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(driver.findElement(By.id("panel-browse")).isDisplayed());
    }

    @Test
    @DisplayName("清单浏览：搜索“秸秆” → 第102项可见，详情显示逐条依据")
    void catalogueSearch() throws Exception {
        open(1366, 768);
        driver.findElement(By.id("tab-browse")).click();
        await().until(d -> d.findElement(By.id("browse-count")).getText().contains("152"));
        driver.findElement(By.id("browse-q")).sendKeys("秸秆");
        WebElement btn = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#item-list button[data-id='102']")));
        assertTrue(btn.getText().contains("第102项"), btn.getText());
        assertTrue(btn.getText().contains("秸秆"));
        assertFalse(driver.findElement(By.id("browse-count")).getText().startsWith("共 152 项"));
        btn.click();
        await().until(d -> d.findElement(By.id("item-detail")).getText().contains("依据（逐条解析）"));
        assertTrue(driver.findElement(By.id("item-title")).getText().contains("第102项"));
        assertTrue(driver.getCurrentUrl().endsWith("#item/102"));
        driver.findElement(By.cssSelector("#issuers-box summary")).click();
        assertTrue(driver.findElement(By.id("issuers")).getText().contains("各乡镇"));
        shot("catalogue-1366");
    }

    @Test
    @DisplayName("规范性文件审查：“处以五百元罚款” → 设定罚款，原文中以 <mark> 标出，附审查意见；代码收在“供法制机构核对”中；可下载 Word 审查意见书")
    void vetting() throws Exception {
        open(1366, 768);
        driver.findElement(By.id("tab-vet")).click();
        driver.findElement(By.id("vet-issuer")).sendKeys("东冶镇人民政府");
        driver.findElement(By.id("vet-title")).sendKeys("关于加强村容村貌管理的通知");
        driver.findElement(By.id("vet-text")).sendKeys("各村委会：\n一、在村内道路乱倒垃圾的，处以五百元罚款。\n二、本通知自印发之日起施行。");
        driver.findElement(By.id("vet-submit")).click();
        WebElement card = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("vet-card")));
        assertTrue(card.getText().contains("不通过"));
        assertFalse(card.getText().contains("SETS_PENALTY"), card.getText());
        WebElement legal = card.findElement(By.cssSelector("details.legal"));
        legal.findElement(By.tagName("summary")).click();
        assertTrue(legal.getText().contains("SETS_PENALTY"), legal.getText());
        WebElement mark = driver.findElement(By.cssSelector("#vet-doctext mark"));
        assertTrue(mark.isDisplayed());
        assertTrue(mark.getText().contains("处以五百元罚款"), mark.getText());
        assertTrue(driver.findElement(By.id("opinion")).getText().contains("合法性审查意见"));
        shot("vetting-1366");
        driver.findElement(By.id("op-office")).sendKeys("五台县司法局");
        driver.findElement(By.id("docx-opinion")).click();
        WebElement link = await().until(ExpectedConditions.presenceOfElementLocated(By.id("docx-link")));
        assertTrue(link.getAttribute("download").endsWith(".docx"), link.getAttribute("download"));
        assertTrue(link.getAttribute("href").startsWith("blob:"));
        // printing shows the opinion alone, in Chinese: no form, findings list, marked-up draft or codes
        printing(true);
        try {
            String printed = driver.findElement(By.tagName("body")).getText();
            assertTrue(printed.contains("合法性审查意见") && printed.contains("审查结论"), printed);
            assertFalse(printed.contains("正文（问题处已标出）") || printed.contains("制定机关 （必填）") || printed.contains("打印审查意见"), printed);
            assertFalse(driver.findElement(By.id("vet-doctext")).isDisplayed());
            assertNoLatinWords(printed);
        } finally {
            printing(false);
        }
    }

    void printing(boolean on) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", on ? "print" : ""));
    }

    static void assertNoLatinWords(String text) {
        var m = java.util.regex.Pattern.compile("[A-Za-z_]{2,}").matcher(text);
        assertFalse(m.find(), () -> "Latin text “" + m.group() + "” in: " + text);
    }

    @Test
    @DisplayName("打印查询结果：只印出中文的结论、事项、理由和依据，不印表单、按钮和代码")
    void printAnswer() throws Exception {
        open(1366, 768);
        ask();
        String screen = driver.findElement(By.id("answer-card")).getText();
        assertFalse(screen.matches("(?s).*\\b(PERMITTED|WITHIN_CATALOGUE)\\b.*"), "codes are folded away on screen: " + screen);
        printing(true);
        try {
            String printed = driver.findElement(By.tagName("body")).getText();
            assertTrue(printed.contains("可以") && printed.contains("第121项") && printed.contains("《中华人民共和国土地管理法》第七十八条"), printed);
            assertFalse(printed.contains("想做什么") || printed.contains("查询") && printed.contains("清空"), printed);
            assertFalse(driver.findElement(By.id("ask-form")).isDisplayed());
            assertNoLatinWords(printed);
        } finally {
            printing(false);
        }
    }

    @Test
    @DisplayName("页面不出现命令行参数：机构名写错（东治镇）时的建议不提 --json、./quanze，并提示“东冶镇”")
    void noCommandLineFlagsOnThePage() throws Exception {
        open(1366, 768);
        WebElement body = driver.findElement(By.id("ask-body"));
        body.sendKeys("东治镇");
        driver.findElement(By.id("ask-item")).sendKeys("121");
        driver.findElement(By.id("ask-submit")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-card")));
        String text = driver.findElement(By.id("answer-card")).getText();
        assertEquals("无法判断", driver.findElement(By.id("verdict")).getText());
        assertTrue(text.contains("清单浏览") || text.contains("名称或简称"), text);
        assertFalse(text.contains("--") || text.contains("quanze"), text);
        assertFalse(text.matches("(?s).*\\b(UNDETERMINED|UNKNOWN_BODY)\\b.*"), text);
        // the nearest known name is offered, and asks again with it
        WebElement suggestion = driver.findElement(By.id("use-suggestion"));
        assertEquals("东冶镇", suggestion.getText());
        suggestion.click();
        await().until(d -> d.findElement(By.id("verdict")).getText().equals("可以"));
        assertEquals("东冶镇", driver.findElement(By.id("ask-body")).getAttribute("value"));
    }

    @Test
    @DisplayName("手机宽度（390px）：查询结果可读，无横向滚动")
    void phoneWidth() throws Exception {
        open(390, 844);
        ask();
        assertEquals("可以", driver.findElement(By.id("verdict")).getText());
        Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(scroll.intValue() <= 1, "horizontal overflow " + scroll);
        shot("ask-390");
    }

    @Test
    @DisplayName("培训测验：出 3 道情景题，全部作答后交卷，显示得分和附依据的解析")
    void quizPage() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get("http://localhost:" + port + "/quiz.html");
        driver.findElement(By.id("trainee")).sendKeys("王晓");
        WebElement count = driver.findElement(By.name("count"));
        count.clear();
        count.sendKeys("3");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("kinds"))).selectByValue("SCENARIO");
        driver.findElement(By.cssSelector("#spec button[type=submit]")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("paper")));
        var questions = driver.findElements(By.cssSelector("#questions fieldset"));
        assertEquals(3, questions.size());
        for (WebElement q : questions) q.findElements(By.cssSelector("input[type=radio]")).get(0).click();
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("score")).getText().contains("得分"));
        String score = driver.findElement(By.id("score")).getText();
        assertTrue(score.matches(".*得分：[0-3] / 3（已答 3 题）.*"), score);
        String page = driver.findElement(By.id("questions")).getText();
        assertTrue(page.contains("解析") && page.contains("依据"), page);
        shot("quiz-1366");
    }

    List<String> paperFor(String name) {
        WebElement trainee = driver.findElement(By.id("trainee"));
        trainee.clear();
        trainee.sendKeys(name);
        String before = driver.findElement(By.id("paperno")).getText();
        driver.findElement(By.cssSelector("#spec button[type=submit]")).click();
        await().until(d -> !d.findElement(By.id("paperno")).getText().equals(before) && d.findElement(By.id("paperno")).getText().contains(name));
        return driver.findElements(By.cssSelector("#questions fieldset p")).stream().map(WebElement::getText).toList();
    }

    @Test
    @DisplayName("培训测验：按姓名各得一份试卷；同名同卷；导出试卷、CSV 和 Excel 成绩；可返回首页")
    void quizPerTrainee() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get("http://localhost:" + port + "/quiz.html");
        WebElement count = driver.findElement(By.name("count"));
        count.clear();
        count.sendKeys("5");
        // no name, no paper
        driver.findElement(By.cssSelector("#spec button[type=submit]")).click();
        assertTrue(driver.findElement(By.id("paper")).getAttribute("hidden") != null);

        List<String> zhang = paperFor("张三");
        List<String> li = paperFor("李四");
        List<String> zhangAgain = paperFor("张三");
        assertEquals(5, zhang.size());
        assertNotEquals(zhang, li, "two trainees get different papers");
        assertEquals(zhang, zhangAgain, "the same trainee gets the same paper again");

        driver.findElement(By.id("export-paper")).click();
        WebElement paperLink = await().until(ExpectedConditions.presenceOfElementLocated(By.id("paper-link")));
        assertTrue(paperLink.getAttribute("download").equals("试卷-张三.html"), paperLink.getAttribute("download"));
        assertFalse(driver.findElement(By.id("export-csv")).isEnabled(), "results export after marking only");

        for (WebElement q : driver.findElements(By.cssSelector("#questions fieldset"))) {
            q.findElements(By.cssSelector("input[type=radio]")).get(1).click();
        }
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("score")).getText().contains("得分"));
        driver.findElement(By.id("export-csv")).click();
        WebElement csv = await().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-link")));
        assertEquals("测验成绩-张三.csv", csv.getAttribute("download"));
        String csvText = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", csv.getAttribute("href"));
        List<String> rows = csvText.lines().toList();
        assertTrue(rows.get(0).replace("\uFEFF", "").startsWith("姓名,试卷号,得分"), rows.get(0));
        Object bom = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer())"
                        + ".then(b => done(Array.from(new Uint8Array(b).slice(0, 3)).join(',')));", csv.getAttribute("href"));
        assertEquals("239,187,191", bom, "a UTF-8 byte-order mark, so that Excel reads the Chinese");
        assertEquals(6, rows.size(), csvText);
        assertTrue(rows.get(1).startsWith("张三,"), rows.get(1));
        driver.findElement(By.id("export-xlsx")).click();
        WebElement xlsx = await().until(ExpectedConditions.presenceOfElementLocated(By.id("xlsx-link")));
        assertEquals("测验成绩-张三.xlsx", xlsx.getAttribute("download"));

        driver.findElement(By.id("back")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-body")));
        shot("quiz-exports-1366");
    }
}
