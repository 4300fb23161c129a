package cn.quanze.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "vet", description = "尚未实现。")
public final class VetCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("vet：尚未实现");
        return 1;
    }
}
