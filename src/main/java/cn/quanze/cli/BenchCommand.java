package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.Quanze;
import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.decision.Penalty;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.engine.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmarks printed as figures (never asserted in tests). Every figure is a median over several
 * rounds, with a baseline measured in the same run: this machine is shared and noisy.
 */
@Command(name = "bench", description = {"性能基准：规则库构建时间、决定延迟（结构化与自由文本）、吞吐量、批量与单次命令的墙钟时间，以及与纯 Java 查表的比值。",
        "例：./quanze bench；./quanze bench --quick"})
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--rounds", paramLabel = "N", description = "每项测量的轮数（取中位数），默认 ${DEFAULT-VALUE}", defaultValue = "5")
    int rounds;

    @Option(names = "--quick", description = "少量轮次，快速看一眼（不跑外部进程的批量和单次命令）")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        Path home = Quanze.defaultHome();
        System.out.println("Quanze 基准（" + Runtime.getRuntime().availableProcessors() + " 核，Java " + Runtime.version() + "）；每项为 " + rounds + " 轮的中位数");

        double[] builds = new double[quick ? 2 : rounds];
        try (Quanze q = Quanze.start(home)) {
            for (int i = 0; i < builds.length; i++) {
                long t = System.nanoTime();
                RuleEngine.start(q.data(), home.resolve("rules")).close();
                builds[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf("规则库（KieBase）构建：%.0f ms%n", median(builds));

            List<AuthorityRequest> structured = structuredRequests(q);
            List<AuthorityRequest> freeText = freeTextRequests();
            // Baseline: the same answers looked up in a precomputed Java table (the floor any engine is measured against).
            Map<AuthorityRequest, Decision> table = new HashMap<>();
            for (AuthorityRequest r : structured) table.put(r, q.authority().decide(r));

            int n = quick ? 2000 : 20000;
            warm(q, structured, freeText);
            double[] p50 = new double[rounds], p99 = new double[rounds], base50 = new double[rounds];
            double[] fresh50 = new double[rounds], free50 = new double[rounds], free99 = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long[] lat = latencies(n, i -> q.authority().decide(structured.get(i % structured.size())));
                p50[round] = pct(lat, 50);
                p99[round] = pct(lat, 99);
                long[] base = latencies(n, i -> table.get(structured.get(i % structured.size())));
                base50[round] = pct(base, 50);
                long[] fresh = latencies(Math.max(200, n / 20), i -> q.engine().decideInFreshSession(q.authority().toFactForBench(structured.get(i % structured.size()))));
                fresh50[round] = pct(fresh, 50);
                long[] free = latencies(Math.max(500, n / 10), i -> q.authority().decide(freeText.get(i % freeText.size())));
                free50[round] = pct(free, 50);
                free99[round] = pct(free, 99);
            }
            System.out.printf("结构化决定（含完整解释）：p50 %.1f µs，p99 %.1f µs（每轮 %d 次）%n", median(p50), median(p99), n);
            System.out.printf("基线：纯 Java 查表 p50 %.2f µs；规则引擎 / 查表 = %.0f 倍%n", median(base50), median(p50) / Math.max(0.01, median(base50)));
            System.out.printf("对照方案：每次新建会话并插入全部 %d 个清单事实 p50 %.1f µs（本方案的 %.1f 倍）%n",
                    q.data().catalogue().items().size() + q.data().issuers().issuers().size(), median(fresh50), median(fresh50) / median(p50));
            System.out.printf("自由文本问题：p50 %.2f ms，p99 %.2f ms%n", median(free50) / 1000, median(free99) / 1000);

            for (int threads : new int[]{1, 2}) {
                double[] tput = new double[rounds];
                for (int round = 0; round < rounds; round++) tput[round] = throughput(q, structured, threads, quick ? 200 : 1000);
                System.out.printf("吞吐量（%d 线程，结构化）：%.0f 次/秒%n", threads, median(tput));
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("堆内存占用：%.1f MiB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);

            if (!quick) processBenchmarks(home, structured, freeText);
        }
        return 0;
    }

    private static void processBenchmarks(Path home, List<AuthorityRequest> structured, List<AuthorityRequest> freeText) throws Exception {
        Path batch = Files.createTempFile("quanze-bench", ".jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10000; i++) {
            AuthorityRequest r = i % 10 == 0 ? freeText.get(i % freeText.size()) : structured.get(i % structured.size());
            lines.add(Json.MAPPER.writeValueAsString(new AuthorityRequest("b" + i, r.body(), r.itemId(), r.query(), r.action(), r.facts(), null)));
        }
        Files.write(batch, lines, StandardCharsets.UTF_8);
        Path launcher = home.resolve("quanze");
        double[] batchWall = new double[3], oneShot = new double[5];
        for (int i = 0; i < batchWall.length; i++) batchWall[i] = wall(launcher, "check", "--batch", batch.toString());
        for (int i = 0; i < oneShot.length; i++) oneShot[i] = wall(launcher, "check", "--body", "东冶镇", "--item", "121", "--json");
        System.out.printf("10,000 条混合批量（./quanze check --batch，含 JVM 启动）：%.2f s（%d 次中位数）%n", median(batchWall), batchWall.length);
        System.out.printf("单次 ./quanze check（已构建）：%.2f s（%d 次中位数）%n", median(oneShot), oneShot.length);
        Files.deleteIfExists(batch);
    }

    private static double wall(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(Arrays.asList(args));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("命令失败：" + cmd);
        return (System.nanoTime() - t) / 1e9;
    }

    private static void warm(Quanze q, List<AuthorityRequest> structured, List<AuthorityRequest> freeText) {
        for (int i = 0; i < 30000; i++) q.authority().decide(structured.get(i % structured.size()));
        for (int i = 0; i < 3000; i++) q.authority().decide(freeText.get(i % freeText.size()));
    }

    private interface Op {
        Object run(int i);
    }

    private static long[] latencies(int n, Op op) {
        long[] out = new long[n];
        Object sink = null;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink = op.run(i);
            out[i] = System.nanoTime() - t;
        }
        if (sink == null) throw new IllegalStateException();
        return out;
    }

    private static double throughput(Quanze q, List<AuthorityRequest> reqs, int threads, int millis) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        long[] deadline = new long[1];
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long c = 0;
                for (int i = offset; System.nanoTime() < deadline[0]; i++) {
                    q.authority().decide(reqs.get(i % reqs.size()));
                    c++;
                }
                done.addAndGet(c);
            });
            th.start();
            ts.add(th);
        }
        deadline[0] = System.nanoTime() + millis * 1_000_000L;
        start.countDown();
        for (Thread th : ts) th.join();
        return done.get() * 1000.0 / millis;
    }

    /** Percentile in microseconds. */
    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1000.0;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static List<AuthorityRequest> structuredRequests(Quanze q) {
        List<AuthorityRequest> out = new ArrayList<>();
        String[] bodies = {"东冶镇", "台城镇", "县公安局", "阳白", "五台县豆村镇人民政府"};
        String[] places = {null, "古城村", "大朴村", "李家庄村", "北坡村"};
        int i = 0;
        for (CatalogueItem item : q.data().catalogue().items()) {
            for (Act act : new Act[]{null, Act.APPROVE}) {
                Facts f = Facts.builder().location(places[i % places.length]).partyType(i % 2 == 0 ? PartyType.INDIVIDUAL : PartyType.ORGANIZATION).penalty(i % 3 == 0 ? new Penalty(PenaltyKind.FINE, (double) (i * 97 % 5000)) : null).emergency(i % 4 == 0 ? Boolean.TRUE : null).deadlinePassed(i % 5 == 0 ? Boolean.FALSE : null).build();
                out.add(new AuthorityRequest("s" + i, bodies[i % bodies.length], item.id(), null, act, f, null));
                i++;
            }
        }
        return out;
    }

    static List<AuthorityRequest> freeTextRequests() {
        String[] qs = {"村民没批准就占地盖房，镇里能罚吗？", "镇里能直接批低保吗？", "有人在河道里挖沙，乡里能罚款吗", "烧秸秆能罚吗",
                "村民堆柴草堵了消防车道，镇里想当场罚他五百元，可以吗？", "乡里能给村民办结婚登记吗？", "偷砍树的能处罚吗",
                "邻居吵架乡里能调解吗", "洪水来了能组织群众撤离吗", "网吧让小孩进去上网能罚吗"};
        List<AuthorityRequest> out = new ArrayList<>();
        for (int i = 0; i < qs.length; i++) out.add(new AuthorityRequest("f" + i, i % 2 == 0 ? "东冶镇" : "茹村乡", null, qs[i], null, null, null));
        return out;
    }
}
