package cn.quanze.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "log", description = "尚未实现。")
public final class LogCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("log：尚未实现");
        return 1;
    }
}
