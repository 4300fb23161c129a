package cn.quanze.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", description = "尚未实现。")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("serve：尚未实现");
        return 1;
    }
}
