package cn.quanze.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The decision log's sink on a real file: positional writes on a {@link FileChannel}, forced with {@code force(false)}. */
final class AuditFileSink implements AuditLog.Sink {
    private final FileChannel ch;

    private AuditFileSink(FileChannel ch) {
        this.ch = ch;
    }

    static AuditLog.Sink open(Path file) throws IOException {
        return new AuditFileSink(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ));
    }

    @Override
    public void write(ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) p += ch.write(b, p);
    }

    @Override
    public void force() throws IOException {
        ch.force(false);
    }

    @Override
    public void truncate(long size) throws IOException {
        ch.truncate(size);
    }

    @Override
    public long size() throws IOException {
        return ch.size();
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
