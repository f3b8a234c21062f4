package org.vigie.cli;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.events.PetrarchVerbImport;
import org.vigie.nlp.kb.CompanyTable;
import org.vigie.nlp.kb.KbExtension;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.ner.NerModel;
import org.vigie.nlp.kb.PhoenixImport;
import org.vigie.nlp.kb.WikidataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code vigie kb}: builds knowledge-base extension files from larger sources. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge-base extensions: import the Phoenix actor dictionaries or a Wikidata JSON dump into a file "
                + "the analyses can use (put it in <data>/kb/ or give it with --kb-extra).",
        subcommands = {KbCommand.ImportPhoenix.class, KbCommand.ImportCompanies.class, KbCommand.ImportWikidata.class, KbCommand.ImportPetrarchVerbs.class})
final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import-phoenix", mixinStandardHelpOptions = true,
            description = "Import the Phoenix (PETRARCH/TABARI) actor dictionaries (*.actors.txt) of a folder.")
    static final class ImportPhoenix implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DICTIONARIES_DIR", description = "Folder holding Phoenix.*.actors.txt (or one such file).")
        Path dictionaries;

        @Option(names = "--out", required = true, description = "The extension file to write (TSV).")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            if (!Files.exists(dictionaries)) {
                o.println("skipped: " + dictionaries + " not found");
                return 0;
            }
            List<Path> files = Files.isDirectory(dictionaries) ? PhoenixImport.dictionariesIn(dictionaries) : List.of(dictionaries);
            if (files.isEmpty()) {
                o.println("skipped: no *.actors.txt in " + dictionaries);
                return 0;
            }
            long t0 = System.nanoTime();
            PhoenixImport.Stats s;
            try (KbExtension.Writer w = new KbExtension.Writer(out, List.of(
                    "Source: Phoenix actor dictionaries (Open Event Data Alliance, MIT licence): " + names(files) + ".",
                    "Converted by vigie kb import-phoenix; roles are CAMEO actor codes with their date ranges."))) {
                s = PhoenixImport.run(files, w);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            o.printf(Locale.ROOT, "%s: %d entries written from %d records (%d without a code, %d repeated names, %d unreadable dates) "
                    + "in %.2f s (%.1f MB/s, %.0f records/s)%n", out, s.written(), s.records(), s.withoutCode(), s.duplicates(),
                    s.badDates(), secs, bytes / 1e6 / secs, s.records() / secs);
            return 0;
        }
    }

    @Command(name = "import-companies", mixinStandardHelpOptions = true,
            description = "Derive the companies table of the default knowledge base (multi/kb/companies.tsv) from the "
                    + "multinational companies ([MNC...] codes) of Phoenix.International.actors.txt.")
    static final class ImportCompanies implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DICTIONARY", description = "Phoenix.International.actors.txt (or a folder holding it).")
        Path dictionary;

        @Option(names = "--out", required = true, description = "The table to write (TSV), e.g. "
                + "vigie-nlp/src/main/resources/org/vigie/nlp/lang/multi/kb/companies.tsv.")
        Path out;

        @Option(names = "--min-revenue", defaultValue = "5000000000",
                description = "Least revenue figure (US dollars) of a company that has one (default: ${DEFAULT-VALUE}).")
        long minRevenue;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            Path file = Files.isDirectory(dictionary) ? dictionary.resolve("Phoenix.International.actors.txt") : dictionary;
            if (!Files.isRegularFile(file)) {
                o.println("skipped: " + file + " not found");
                return 0;
            }
            java.util.List<CompanyTable.Company> companies = new java.util.ArrayList<>();
            CompanyTable.Stats s = CompanyTable.derive(file, minRevenue, ambiguousWord(), companies);
            CompanyTable.write(companies, out, List.of(
                    "Multinational companies for the default knowledge base: every [MNC...] record of the Phoenix international",
                    "actor dictionary with a revenue figure of at least " + minRevenue + " US dollars, plus the records the Phoenix",
                    "coders converted from their SAE files (no figure). name: without legal form (Boeing Co -> Boeing); aliases: the",
                    "full name and the + lines; country: the state of the MNC code (id from countries.tsv); revenue_usd and sector as",
                    "the dictionary gives them. A one-word form that is also a common word or a person's or place's name is left out.",
                    "Ids are engine ids vigie:<slug> (no Wikidata id is recorded offline): qid_status unverified.",
                    "Source: " + file.getFileName() + " of the Phoenix dictionaries (Open Event Data Alliance, PETRARCH2, MIT licence).",
                    "Derived by: vigie kb import-companies " + file.getFileName() + " --min-revenue " + minRevenue + " --out companies.tsv"));
            o.printf(Locale.ROOT, "%s: %d companies from %d company records (%d under the revenue threshold or without figure, "
                    + "%d one-word forms left out as ambiguous, %d generic, %d repeated names)%n", out, s.kept(), s.records(),
                    s.belowThreshold(), s.ambiguousForms(), s.generic(), s.duplicates());
            return 0;
        }

        /**
         * A one-word name a text also uses for something else: a common word of the English or French NER model's training text
         * ("Target"), a given name ("Tiffany"), a person's or place's name there ("Harris", "Dover"), or a name the knowledge base gives to
         * anything but a company ("Apache" is never only the helicopter maker).
         */
        private static java.util.function.Predicate<String> ambiguousWord() {
            NerModel en = NerModel.forLanguage("en").orElse(null);
            List<NerModel> models = java.util.stream.Stream.of("en", "fr").flatMap(l -> NerModel.forLanguage(l).stream()).toList();
            Set<String> givenNames = org.vigie.nlp.lang.LanguagePack.of("multi").words("given-names.txt").stream()
                    .map(org.vigie.nlp.lang.LanguagePack::normalize).collect(java.util.stream.Collectors.toSet());
            KnowledgeBase kb = KnowledgeBase.get();
            return word -> {
                if (kb.lookup(word).stream().anyMatch(e -> !"company".equals(e.kind()))) return true;
                if (givenNames.contains(org.vigie.nlp.lang.LanguagePack.normalize(word))) return true;
                if (en == null) return false;
                boolean acronym = word.equals(word.toUpperCase(Locale.ROOT));
                if (!acronym && models.stream().anyMatch(m -> m.commonWord(word))) return true;
                Set<String> types = en.gazetteer().typesOf(org.vigie.nlp.lang.LanguagePack.normalize(word));
                return types.contains("PER") || types.contains("LOC");
            };
        }
    }

    @Command(name = "import-wikidata", mixinStandardHelpOptions = true,
            description = "Filter a Wikidata JSON dump (one entity per line; .json, .json.gz or .json.bz2), streamed twice "
                    + "(positions first, so that positions held map to the offices of multi/kb/wikidata-offices.tsv).")
    static final class ImportWikidata implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DUMP", description = "The dump file.")
        Path dump;

        @Option(names = "--out", required = true, description = "The extension file to write (TSV).")
        Path out;

        @Option(names = "--types", split = ",", description = "Entity types to keep (PER, ORG, GPE, LOC); default: all.")
        List<String> types;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            if (!Files.isRegularFile(dump)) {
                o.println("skipped: " + dump + " not found");
                return 0;
            }
            Set<EntityType> wanted = EnumSet.noneOf(EntityType.class);
            if (types != null) {
                for (String t : types) {
                    try {
                        wanted.add(EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--types: unknown type '" + t + "'; expected PER, ORG, GPE, LOC or MISC");
                    }
                }
            }
            long t0 = System.nanoTime();
            WikidataImport.Stats s;
            // two passes over the dump: the position items first, so that positions held map to offices wherever they stand
            try (KbExtension.Writer w = new KbExtension.Writer(out, List.of(
                         "Source: Wikidata dump " + dump.getFileName() + " (Wikidata, CC0).",
                         "Filtered by vigie kb import-wikidata" + (wanted.isEmpty() ? "" : " --types " + wanted)
                                 + "; roles are P39 positions held, each followed by the office it stands for (role@state) when known."))) {
                s = WikidataImport.run(dump, wanted, w);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            o.printf(Locale.ROOT, "%s: %d entries written from %d items (%d lines, %d unreadable) in %.2f s (%.0f items/s); "
                    + "%d positions stand for offices%n", out, s.written(), s.items(), s.lines(), s.badLines(), secs, s.items() / secs, s.offices());
            s.firstError().ifPresent(e -> o.println("first unreadable line: " + e));
            return 0;
        }
    }

    @Command(name = "import-petrarch-verbs", mixinStandardHelpOptions = true,
            description = "Derive the English event-verb table (lang/en/event-verbs.tsv) from the PETRARCH verb dictionary "
                    + "(CAMEO.2.0.txt), its CAMEO codes mapped to PLOVER types by CAMEO2PLOVER-2021.txt.")
    static final class ImportPetrarchVerbs implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DICT", description = "The PETRARCH verb dictionary (CAMEO.2.0.txt).")
        Path dictionary;

        @Option(names = "--out", required = true, description = "The table to write (TSV).")
        Path out;

        @Option(names = "--plover", description = "The CAMEO-to-PLOVER table; default: plover/CAMEO2PLOVER-2021.txt in the "
                + "events data folder holding DICT (petrarch2/dictionaries/DICT).")
        Path plover;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            if (!Files.isRegularFile(dictionary)) {
                o.println("skipped: " + dictionary + " not found");
                return 0;
            }
            Path table = plover != null ? plover : eventsFolder(dictionary).resolve("plover/CAMEO2PLOVER-2021.txt");
            if (!Files.isRegularFile(table)) {
                o.println("skipped: " + table + " not found (give it with --plover)");
                return 0;
            }
            List<String> header = new java.util.ArrayList<>(List.of(
                    "English event verbs derived from the PETRARCH2 verb dictionary " + dictionary.getFileName()
                            + " (openeventdata/petrarch2, data/dictionaries; Open Event Data Alliance, MIT licence below).",
                    "CAMEO codes mapped to PLOVER types and modes by " + table.getFileName()
                            + " (openeventdata/PLOVER, PLOVER manual draft 0.8, Philip Schrodt; CC BY-SA 4.0).",
                    "Licence of this table: the type and mode columns derive from that CC BY-SA 4.0 table, so the table as a",
                    "whole is shared under CC BY-SA 4.0 (attribution as above; adaptations under the same licence); the verb",
                    "forms, classes and patterns also stay under the dictionary's MIT licence, reproduced below.",
                    "Made by: vigie kb import-petrarch-verbs <events data>/petrarch2/dictionaries/" + dictionary.getFileName()
                            + (plover == null ? "" : " --plover " + table.getFileName()) + " --out " + out.getFileName()
                            + ", on " + java.time.LocalDate.now() + ".",
                    "Rows: class (a word class: members joined by |); default (a verb block's own code; agree = share of the",
                    "block's patterns coding the same PLOVER type); verb (a block member: its forms joined by |, its own code",
                    "if any); pattern (word groups, separated by ' ; ', that must follow the verb in its clause (text) or precede",
                    "it (before); &name is a class; type '-' = no PLOVER event (CAMEO 01, 02, ---)).",
                    ""));
            header.addAll(PetrarchVerbImport.licence(Files.readAllLines(dictionary, java.nio.charset.StandardCharsets.UTF_8)));
            long t0 = System.nanoTime();
            PetrarchVerbImport.Stats s = PetrarchVerbImport.run(dictionary, table, out, header);
            double secs = (System.nanoTime() - t0) / 1e9;
            o.printf(Locale.ROOT, "%s: %d of %d verb blocks kept, %d verbs (%d forms), %d patterns (%d with a PLOVER type), "
                    + "%d word classes, in %.2f s%n", out, s.blocksKept(), s.blocks(), s.verbs(), s.forms(), s.patterns(),
                    s.patternsWithType(), s.classes(), secs);
            return 0;
        }

        /** {@code events/petrarch2/dictionaries/CAMEO.2.0.txt} -> {@code events}. */
        private static Path eventsFolder(Path dictionary) {
            Path p = dictionary.toAbsolutePath().getParent();
            for (int i = 0; i < 2 && p != null && p.getParent() != null; i++) p = p.getParent();
            return p == null ? Path.of(".") : p;
        }
    }

    private static String names(List<Path> files) {
        StringBuilder sb = new StringBuilder();
        for (Path f : files) sb.append(sb.length() == 0 ? "" : ", ").append(f.getFileName());
        return sb.toString();
    }
}
