package fi.polku.accounts.ui;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs every password hash and check on threads of its own, at the lowest scheduling priority, while
 * the request waits for it.
 * <p>
 * A bcrypt check is about 85 ms of one core. When a course opens and hundreds of teachers sign in
 * within a minute, those checks took both cores of a small server from the learners already reading:
 * every click waited seconds (docs/BENCHMARKS.md, "Issue 10, sixth session"; decision 024). Here at
 * most {@code threads} checks run at once, on threads with nice 19 on Linux, so the cores go to page
 * requests first and to password checks when they are free; the rest wait their turn. Request
 * handling is on virtual threads ({@code spring.threads.virtual.enabled}), so a waiting sign-in holds
 * no request thread. In a storm, signing in takes longer (tens of seconds on two cores with 500
 * teachers in a minute) and everyone already in keeps a fast page. The answer and the hash are
 * exactly the delegate's.
 */
final class SeparatePasswordHashing implements PasswordEncoder, AutoCloseable {

    private static final String THREAD_NAME = "password-hashing-";

    private final PasswordEncoder delegate;
    private final ExecutorService hashing;

    SeparatePasswordHashing(PasswordEncoder delegate, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("polku.login.hashing-threads must be at least 1, was " + threads);
        }
        this.delegate = delegate;
        AtomicInteger number = new AtomicInteger();
        this.hashing = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(() -> {
                lowerOwnPriority();
                task.run();
            }, THREAD_NAME + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return onHashingThread(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return onHashingThread(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // reads the hash's prefix only
    }

    private <T> T onHashingThread(Supplier<T> work) {
        if (Thread.currentThread().getName().startsWith(THREAD_NAME)) {
            return work.get(); // never wait for a pool from inside it
        }
        Future<T> result = hashing.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a password check", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Linux: this thread's nice value to 19, so the scheduler gives the cores to requests first and
     * to password checks when they are free. Best effort: where it cannot, checks run as before.
     */
    private static void lowerOwnPriority() {
        try {
            // "<pid>/task/<tid>": the nice value is per thread on Linux, and renice takes a thread id
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", "19", "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            renice.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or no renice: normal priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        hashing.shutdownNow();
    }
}
