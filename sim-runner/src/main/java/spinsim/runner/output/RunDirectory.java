package spinsim.runner.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A run directory that appears complete or not at all: files are written into a hidden sibling
 * {@code .<name>.partial-<random>} and {@link #commit()} renames it to the target in one atomic
 * step. {@link #close()} without a commit deletes the partial directory and any parent
 * directories this created, so a failed or interrupted-before-anything run leaves nothing behind.
 */
public final class RunDirectory implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final List<Path> createdParents;
    private boolean committed;

    private RunDirectory(Path target, Path partial, List<Path> createdParents) {
        this.target = target;
        this.partial = partial;
        this.createdParents = createdParents;
    }

    /**
     * Prepares to write {@code target}, which must not exist yet: creates missing parents and the
     * hidden partial directory beside it.
     *
     * @throws FileAlreadyExistsException if the target exists
     * @throws IOException if the parent or the partial directory cannot be created
     */
    public static RunDirectory create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        Path parent = abs.getParent();
        List<Path> created = new ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            created.add(0, p);
        }
        List<Path> made = new ArrayList<>();
        try {
            for (Path p : created) {
                Files.createDirectory(p);
                made.add(0, p);
            }
            String rnd = Long.toHexString(new SplittableRandom().nextLong() >>> 16);
            Path partial = Files.createDirectory(parent.resolve("." + abs.getFileName() + ".partial-" + rnd));
            return new RunDirectory(abs, partial, made);
        } catch (IOException | RuntimeException e) {
            deleteEmpty(made);
            throw e;
        }
    }

    /** Where to write the files until {@link #commit()}. */
    public Path partial() {
        return partial;
    }

    /** The final directory (absolute). */
    public Path target() {
        return target;
    }

    /** Renames the partial directory to the target, atomically; returns the target. */
    public Path commit() throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "appeared while the run was going");
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return target;
    }

    /** Without a commit: deletes the partial directory and the parents this created (if empty). */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try (Stream<Path> s = Files.walk(partial)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a hidden .partial directory may remain
        }
        deleteEmpty(createdParents);
    }

    private static void deleteEmpty(List<Path> deepestFirst) {
        for (Path p : deepestFirst) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (someone else wrote there) or not ours to delete
            }
        }
    }

    /** Why a directory could not be made, in words (no exception class names, no hidden paths). */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return "its parent cannot hold a directory (no such directory, or not a directory)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
