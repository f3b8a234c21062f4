package org.vigie.eval.entities;

import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.QidStatus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the knowledge base's Wikidata ids against HIPE entity links: for every entry with a QID, whether HIPE
 * annotators linked one of its names to that QID (confirmed), to other QIDs only (conflict, to review by hand) or
 * never (absent); for entries without a QID, the QIDs HIPE links their names to (candidates to review, never
 * applied automatically). Prints one line per finding and a summary; returns 0.
 */
public final class KbQidCheck {
    private KbQidCheck() {
    }

    public static int run(Path hipeDir, PrintStream out, boolean details) {
        if (!Files.isDirectory(hipeDir)) {
            out.println("skipped: " + hipeDir + " not found");
            return 0;
        }
        HipeLinkTable table;
        try {
            table = HipeLinkTable.read(hipeDir);
        } catch (IOException e) {
            out.println("cannot read " + hipeDir + ": " + e.getMessage());
            return 1;
        }
        int confirmed = 0, conflict = 0, absent = 0, candidates = 0, hipeMarked = 0, hipeUnconfirmed = 0;
        for (KbEntry e : KnowledgeBase.get().entries()) {
            if (e.qidStatus() == QidStatus.UNVERIFIED) {
                for (String n : e.allNames()) {
                    List<Map.Entry<String, Integer>> links = table.links(n);
                    if (!links.isEmpty()) {
                        candidates++;
                        if (details) out.println("candidate\t" + e.id() + "\t" + n + "\t" + links);
                        break;
                    }
                }
                continue;
            }
            int support = 0;
            List<Map.Entry<String, Integer>> other = List.of();
            for (String n : e.allNames()) {
                support += table.count(n, e.id());
                if (other.isEmpty()) other = table.links(n);
            }
            if (e.qidStatus() == QidStatus.HIPE) {
                hipeMarked++;
                if (support == 0) {
                    hipeUnconfirmed++;
                    out.println("NOT CONFIRMED (marked hipe)\t" + e.id() + "\t" + e.name());
                }
            }
            if (support > 0) {
                confirmed++;
                if (details) out.println("confirmed\t" + e.id() + "\t" + e.name() + "\t" + support);
            } else if (!other.isEmpty()) {
                conflict++;
                out.println("conflict\t" + e.id() + "\t" + e.name() + "\tHIPE links the name to " + other);
            } else {
                absent++;
                if (details) out.println("absent\t" + e.id() + "\t" + e.name());
            }
        }
        out.printf("QIDs confirmed by HIPE: %d, HIPE links elsewhere: %d, name absent from HIPE: %d; entries marked hipe: %d (%d not confirmed); "
                + "unverified entries with HIPE candidates: %d%n", confirmed, conflict, absent, hipeMarked, hipeUnconfirmed, candidates);
        return 0;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/ner/hipe-fr");
        System.exit(run(dir, System.out, List.of(args).contains("--details")));
    }
}
