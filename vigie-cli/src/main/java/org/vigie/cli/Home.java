package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Vigie's own files are: the repository root when run through the ./vigie launcher. */
final class Home {
    private Home() {
    }

    /** The folder the launcher ran from ({@code -Dvigie.home}), else the working directory. */
    static Path root() {
        String home = System.getProperty("vigie.home");
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    }

    /** The demo corpus shipped with Vigie. */
    static Path demoCorpus() {
        return root().resolve("demo").resolve("corpus");
    }

    static Path demoGold() {
        return root().resolve("demo").resolve("gold");
    }

    static Path shared() {
        Path p = root().resolve("..").resolve("shared").normalize();
        return Files.isDirectory(p) ? p : Path.of("..", "shared").toAbsolutePath().normalize();
    }
}
