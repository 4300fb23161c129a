package cn.quanze.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "quiz", description = "尚未实现。")
public final class QuizCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("quiz：尚未实现");
        return 1;
    }
}
