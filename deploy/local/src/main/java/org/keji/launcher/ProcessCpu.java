package org.keji.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time of a process from {@code /proc/<pid>/stat} (Linux): user + system time of all its threads, optionally
 * with that of its children it has already waited for. Deltas over a measured window divided by the requests give
 * the CPU milliseconds per request, a figure far less noisy on a shared machine than requests per second.
 */
final class ProcessCpu {

    private static final int UTIME = 13;
    private static final int STIME = 14;
    private static final int CUTIME = 15;
    private static final int CSTIME = 16;

    private final double millisPerTick;

    ProcessCpu(long clockTicksPerSecond) {
        this.millisPerTick = 1000.0 / clockTicksPerSecond;
    }

    /** {@code getconf CLK_TCK}, else 100 (Linux's USER_HZ on every common architecture). */
    static ProcessCpu ofThisMachine() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String ticks = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return new ProcessCpu(Long.parseLong(ticks));
        } catch (IOException | RuntimeException e) {
            return new ProcessCpu(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessCpu(100);
        }
    }

    /** The process's own CPU time in milliseconds (utime + stime); empty if it is gone or there is no procfs. */
    OptionalLong ownMillis(long pid) {
        return millis(pid, false, true);
    }

    /**
     * CPU time in milliseconds of the children the process has waited for (cutime + cstime): for this JVM, the wrk
     * and pgbench runs that ended; for the postmaster, the backends that exited.
     */
    OptionalLong reapedChildrenMillis(long pid) {
        return millis(pid, true, false);
    }

    /** Own CPU time and that of the children already waited for, in milliseconds. */
    OptionalLong withReapedChildrenMillis(long pid) {
        return millis(pid, true, true);
    }

    private OptionalLong millis(long pid, boolean children, boolean own) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may hold spaces: the fields counted from after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            int offset = 2;
            long ticks = 0;
            if (own) {
                ticks += Long.parseLong(fields[UTIME - offset]) + Long.parseLong(fields[STIME - offset]);
            }
            if (children) {
                ticks += Long.parseLong(fields[CUTIME - offset]) + Long.parseLong(fields[CSTIME - offset]);
            }
            return OptionalLong.of(Math.round(ticks * millisPerTick));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
