package cn.quanze.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 3, at small scale: with 4 workers, 12 clients holding partial bodies no longer starve a
 * normal request (the read timeout frees the workers); a 413 closes its connection at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/slow-client-test-data", "server.tomcat.threads.max=4",
                "server.tomcat.threads.min-spare=1", "server.tomcat.connection-timeout=1s"})
class SlowClientTest {
    @LocalServerPort
    int port;

    @Test
    @DisplayName("持有半截请求体的慢客户端占满工作线程后，正常请求仍在几秒内得到答复")
    void slowBodiesDoNotStarveOthers() throws Exception {
        assertThat(decide().statusCode()).isEqualTo(200); // warm: the first answer compiles and loads lazily
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("POST /api/v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"body\":").getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            HttpResponse<String> r = decide();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(seconds).as("answered once the read timeout freed a worker").isLessThan(8);
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    private HttpResponse<String> decide() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"东冶镇\",\"itemId\":121}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("声明的请求体超过上限：立即 413 problem+json，并关闭连接（不等 60 秒）")
    void payloadTooLargeClosesTheConnection() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream o = s.getOutputStream();
            o.write(("POST /api/v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50000000\r\n\r\n{\"body\":\"").getBytes(StandardCharsets.UTF_8));
            o.flush();
            long t0 = System.nanoTime();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8); // returns only when the server closes
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3);
            assertThat(all).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("PAYLOAD_TOO_LARGE");
        }
    }
}
