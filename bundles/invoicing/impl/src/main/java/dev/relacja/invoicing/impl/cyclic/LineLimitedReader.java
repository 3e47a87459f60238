package dev.relacja.invoicing.impl.cyclic;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that fails on a line longer than a limit, so one endless line cannot fill the memory. */
final class LineLimitedReader extends FilterReader {
    private final int maxLine;
    private int lineLength;
    private long line = 1;

    LineLimitedReader(Reader in, int maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) throws IOException {
        if (c == '\n') {
            line++;
            lineLength = 0;
        } else if (++lineLength > maxLine) {
            throw new IOException("line " + line + " is longer than " + maxLine + " characters");
        }
    }
}
