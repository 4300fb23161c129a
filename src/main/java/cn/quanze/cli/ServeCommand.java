package cn.quanze.cli;

import cn.quanze.Home;
import cn.quanze.web.WebApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./quanze serve}: the HTTP service and web page. The only command that starts Spring. */
@Command(name = "serve", description = {"启动 HTTP 服务和网页（默认端口 8080），Ctrl+C 停止。",
        "例：./quanze serve --port 8080，然后在浏览器打开 http://localhost:8080/"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "端口", defaultValue = "8080", description = "监听端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new Main.UsageException("端口应在 0–65535 之间：" + port);
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--quanze.data-dir=" + Home.dataDir());
        SpringApplication app = new SpringApplication(WebApplication.class);
        CountDownLatch closed = new CountDownLatch(1);
        app.addListeners(e -> {
            if (e instanceof ContextClosedEvent) closed.countDown();
        });
        ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new));
        String actual = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        System.out.println("权责服务已启动：http://localhost:" + actual + "/ （接口说明 /v3/api-docs；Ctrl+C 停止）");
        closed.await();
        return 0;
    }
}
