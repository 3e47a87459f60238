package dev.relacja.documents.impl;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects a template's output up to a limit, so a template that writes in a loop fails instead of
 * filling the heap before the time limit ends it.
 */
final class OutputLimitWriter extends Writer {

    /** Thrown when the limit is reached. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(int limit) {
            super("the output exceeded " + limit + " characters");
        }
    }

    private final StringBuilder output = new StringBuilder(8 * 1024);
    private final int limit;

    OutputLimitWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (output.length() + length > limit) {
            throw new LimitExceededException(limit);
        }
        output.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (output.length() + length > limit) {
            throw new LimitExceededException(limit);
        }
        output.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
        // in memory
    }

    @Override
    public void close() {
        // in memory
    }

    @Override
    public String toString() {
        return output.toString();
    }
}
