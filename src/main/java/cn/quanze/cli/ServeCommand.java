package cn.quanze.cli;

import cn.quanze.Home;
import cn.quanze.Quanze;
import cn.quanze.web.AdminToken;
import cn.quanze.web.Generations;
import cn.quanze.web.LoadRefusal;
import cn.quanze.web.WebApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./quanze serve}: the HTTP service and web page. The only command that starts Spring. */
@Command(name = "serve", description = {"启动 HTTP 服务和网页（默认端口 8080，只监听本机 127.0.0.1），Ctrl+C 停止。",
        "例：./quanze serve --port 8080，然后在浏览器打开 http://localhost:8080/"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "端口", defaultValue = "8080", description = "监听端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--host", paramLabel = "地址", defaultValue = "127.0.0.1",
            description = "监听地址（默认 ${DEFAULT-VALUE}，只有本机可访问；0.0.0.0 表示所有网卡，会打印警告）")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new Main.UsageException("端口应在 0–65535 之间：" + port);
        InetAddress address;
        try {
            address = InetAddress.getByName(host.strip());
        } catch (UnknownHostException e) {
            throw new Main.UsageException("无法识别的监听地址：" + host);
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("警告：服务将监听 " + host + "，同一网络中的其他计算机都能访问查询接口和网页；"
                    + "管理接口仍需管理令牌。如只在本机使用，请去掉 --host。");
        }
        Path home = Quanze.defaultHome(); // an unusable --data-dir is Main's usage error (exit 2)
        Generations generations;
        try {
            // data and rules are checked before Spring starts, so a refusal is one paragraph, not a stack trace
            generations = new Generations(home);
        } catch (RuntimeException e) {
            LoadRefusal r = LoadRefusal.of(e);
            System.err.println("服务未启动：" + (r != null ? r.message() : "数据或规则未能载入（" + plain(e) + "）。")
                    + "请改正后重新运行 ./quanze serve。");
            return 2;
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--server.address=" + host.strip());
        args.add("--quanze.data-dir=" + Home.dataDir());
        args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("generations", generations));
        CountDownLatch closed = new CountDownLatch(1);
        app.addListeners(e -> {
            if (e instanceof ContextClosedEvent) closed.countDown();
        });
        ConfigurableApplicationContext ctx;
        try {
            ctx = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            generations.close();
            System.err.println("服务未启动：" + plain(e) + "。");
            return 2;
        }
        String actual = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        String shown = address.isLoopbackAddress() || address.isAnyLocalAddress() ? "localhost" : host.strip();
        System.out.println("权责服务已启动：http://" + shown + ":" + actual + "/ （接口说明 /v3/api-docs；Ctrl+C 停止）");
        Path tokenFile = ctx.getBean(AdminToken.class).file();
        if (tokenFile != null) System.out.println("管理令牌（重新载入等管理接口用）保存在 " + tokenFile);
        closed.await();
        generations.close();
        return 0;
    }

    /** The innermost message, without class names. */
    private static String plain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? "未知原因" : root.getMessage().strip();
        if (m.contains("Address already in use") || m.contains("already in use")) return "端口已被占用，请用 --port 换一个端口";
        if (m.contains("Cannot assign requested address")) return "本机没有这个监听地址";
        return m.lines().findFirst().orElse(m).replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*", "").strip();
    }
}
