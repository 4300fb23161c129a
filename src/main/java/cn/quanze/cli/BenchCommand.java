package cn.quanze.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", description = "尚未实现。")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench：尚未实现");
        return 1;
    }
}
