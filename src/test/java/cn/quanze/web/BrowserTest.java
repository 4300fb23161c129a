package cn.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER))).as("Chromium 未安装：需要 " + CHROMIUM + " 和 " + DRIVER + "（apt-get install -y chromium chromium-driver）").isTrue();
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
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("可以");
        assertThat(card.getText().contains("第121项")).as(card.getText()).isTrue();
        assertThat(card.getText().contains("《中华人民共和国土地管理法》第七十八条")).as(card.getText()).isTrue();
        assertThat(card.getText().contains("东冶镇人民政府")).isTrue();
        shot("ask-1366");
        // the fired rules are behind a <details>
        WebElement details = card.findElement(By.tagName("details"));
        assertThat(details.findElement(By.tagName("li")).isDisplayed()).isFalse();
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.tagName("li")).isDisplayed()).isTrue();
        // a candidate re-asks with its item number
        WebElement cand = card.findElement(By.cssSelector(".candidates button[data-item='99']"));
        cand.click();
        await().until(d -> d.findElement(By.id("answer-item")).getText().contains("第99项"));
        assertThat(driver.findElement(By.id("ask-item")).getAttribute("value")).isEqualTo("99");
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
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("ask-query");
        body.sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-card")));
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("可以");
        // tabs: arrow keys move between them
        driver.findElement(By.id("tab-ask")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("tab-browse");
        assertThat(driver.findElement(By.id("panel-browse")).isDisplayed()).isTrue();
    }

    @Test
    @DisplayName("清单浏览：搜索“秸秆” → 第102项可见，详情显示逐条依据")
    void catalogueSearch() throws Exception {
        open(1366, 768);
        driver.findElement(By.id("tab-browse")).click();
        await().until(d -> d.findElement(By.id("browse-count")).getText().contains("152"));
        driver.findElement(By.id("browse-q")).sendKeys("秸秆");
        WebElement btn = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#item-list button[data-id='102']")));
        assertThat(btn.getText().contains("第102项")).as(btn.getText()).isTrue();
        assertThat(btn.getText().contains("秸秆")).isTrue();
        assertThat(driver.findElement(By.id("browse-count")).getText().startsWith("共 152 项")).isFalse();
        btn.click();
        await().until(d -> d.findElement(By.id("item-detail")).getText().contains("依据（逐条解析）"));
        assertThat(driver.findElement(By.id("item-title")).getText().contains("第102项")).isTrue();
        assertThat(driver.getCurrentUrl().endsWith("#item/102")).isTrue();
        driver.findElement(By.cssSelector("#issuers-box summary")).click();
        assertThat(driver.findElement(By.id("issuers")).getText().contains("各乡镇")).isTrue();
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
        assertThat(card.getText().contains("不通过")).isTrue();
        assertThat(card.getText().contains("SETS_PENALTY")).as(card.getText()).isFalse();
        WebElement legal = card.findElement(By.cssSelector("details.legal"));
        legal.findElement(By.tagName("summary")).click();
        assertThat(legal.getText().contains("SETS_PENALTY")).as(legal.getText()).isTrue();
        WebElement mark = driver.findElement(By.cssSelector("#vet-doctext mark"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText().contains("处以五百元罚款")).as(mark.getText()).isTrue();
        assertThat(driver.findElement(By.id("opinion")).getText().contains("合法性审查意见")).isTrue();
        shot("vetting-1366");
        driver.findElement(By.id("op-office")).sendKeys("五台县司法局");
        driver.findElement(By.id("docx-opinion")).click();
        WebElement link = await().until(ExpectedConditions.presenceOfElementLocated(By.id("docx-link")));
        assertThat(link.getAttribute("download").endsWith(".docx")).as(link.getAttribute("download")).isTrue();
        assertThat(link.getAttribute("href").startsWith("blob:")).isTrue();
        // printing shows the opinion alone, in Chinese: no form, findings list, marked-up draft or codes
        printing(true);
        try {
            String printed = driver.findElement(By.tagName("body")).getText();
            assertThat(printed.contains("合法性审查意见") && printed.contains("审查结论")).as(printed).isTrue();
            assertThat(printed.contains("正文（问题处已标出）") || printed.contains("制定机关 （必填）") || printed.contains("打印审查意见")).as(printed).isFalse();
            assertThat(driver.findElement(By.id("vet-doctext")).isDisplayed()).isFalse();
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
        assertThat(m.find()).as(() -> "Latin text “" + m.group() + "” in: " + text).isFalse();
    }

    @Test
    @DisplayName("打印查询结果：只印出中文的结论、事项、理由和依据，不印表单、按钮和代码")
    void printAnswer() throws Exception {
        open(1366, 768);
        ask();
        String screen = driver.findElement(By.id("answer-card")).getText();
        assertThat(screen.matches("(?s).*\\b(PERMITTED|WITHIN_CATALOGUE)\\b.*")).as("codes are folded away on screen: " + screen).isFalse();
        printing(true);
        try {
            String printed = driver.findElement(By.tagName("body")).getText();
            assertThat(printed.contains("可以") && printed.contains("第121项") && printed.contains("《中华人民共和国土地管理法》第七十八条")).as(printed).isTrue();
            assertThat(printed.contains("想做什么") || printed.contains("查询") && printed.contains("清空")).as(printed).isFalse();
            assertThat(driver.findElement(By.id("ask-form")).isDisplayed()).isFalse();
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
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("无法判断");
        assertThat(text.contains("清单浏览") || text.contains("名称或简称")).as(text).isTrue();
        assertThat(text.contains("--") || text.contains("quanze")).as(text).isFalse();
        assertThat(text.matches("(?s).*\\b(UNDETERMINED|UNKNOWN_BODY)\\b.*")).as(text).isFalse();
        // the nearest known name is offered, and asks again with it
        WebElement suggestion = driver.findElement(By.id("use-suggestion"));
        assertThat(suggestion.getText()).isEqualTo("东冶镇");
        suggestion.click();
        await().until(d -> d.findElement(By.id("verdict")).getText().equals("可以"));
        assertThat(driver.findElement(By.id("ask-body")).getAttribute("value")).isEqualTo("东冶镇");
    }

    @Test
    @DisplayName("手机宽度（390px）：查询结果可读，无横向滚动")
    void phoneWidth() throws Exception {
        open(390, 844);
        ask();
        assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("可以");
        Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(scroll.intValue() <= 1).as("horizontal overflow " + scroll).isTrue();
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
        assertThat(questions.size()).isEqualTo(3);
        for (WebElement q : questions) q.findElements(By.cssSelector("input[type=radio]")).get(0).click();
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("score")).getText().contains("得分"));
        String score = driver.findElement(By.id("score")).getText();
        assertThat(score.matches(".*得分：[0-3] / 3（已答 3 题）.*")).as(score).isTrue();
        String page = driver.findElement(By.id("questions")).getText();
        assertThat(page.contains("解析") && page.contains("依据")).as(page).isTrue();
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
        assertThat(driver.findElement(By.id("paper")).getAttribute("hidden") != null).isTrue();

        List<String> zhang = paperFor("张三");
        List<String> li = paperFor("李四");
        List<String> zhangAgain = paperFor("张三");
        assertThat(zhang.size()).isEqualTo(5);
        assertThat(li).as("two trainees get different papers").isNotEqualTo(zhang);
        assertThat(zhangAgain).as("the same trainee gets the same paper again").isEqualTo(zhang);

        driver.findElement(By.id("export-paper")).click();
        WebElement paperLink = await().until(ExpectedConditions.presenceOfElementLocated(By.id("paper-link")));
        assertThat(paperLink.getAttribute("download").equals("试卷-张三.html")).as(paperLink.getAttribute("download")).isTrue();
        assertThat(driver.findElement(By.id("export-csv")).isEnabled()).as("results export after marking only").isFalse();

        for (WebElement q : driver.findElements(By.cssSelector("#questions fieldset"))) {
            q.findElements(By.cssSelector("input[type=radio]")).get(1).click();
        }
        driver.findElement(By.id("submit")).click();
        await().until(d -> d.findElement(By.id("score")).getText().contains("得分"));
        driver.findElement(By.id("export-csv")).click();
        WebElement csv = await().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-link")));
        assertThat(csv.getAttribute("download")).isEqualTo("测验成绩-张三.csv");
        String csvText = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", csv.getAttribute("href"));
        List<String> rows = csvText.lines().toList();
        assertThat(rows.get(0).replace("\uFEFF", "").startsWith("姓名,试卷号,得分")).as(rows.get(0)).isTrue();
        Object bom = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer())"
                        + ".then(b => done(Array.from(new Uint8Array(b).slice(0, 3)).join(',')));", csv.getAttribute("href"));
        assertThat(bom).as("a UTF-8 byte-order mark, so that Excel reads the Chinese").isEqualTo("239,187,191");
        assertThat(rows.size()).as(csvText).isEqualTo(6);
        assertThat(rows.get(1).startsWith("张三,")).as(rows.get(1)).isTrue();
        driver.findElement(By.id("export-xlsx")).click();
        WebElement xlsx = await().until(ExpectedConditions.presenceOfElementLocated(By.id("xlsx-link")));
        assertThat(xlsx.getAttribute("download")).isEqualTo("测验成绩-张三.xlsx");

        driver.findElement(By.id("back")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-body")));
        shot("quiz-exports-1366");
    }
}
