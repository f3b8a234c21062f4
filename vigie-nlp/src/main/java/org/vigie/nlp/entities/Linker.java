package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.Office;
import org.vigie.nlp.lang.LanguagePack;

import java.time.LocalDate;
import java.util.*;

/**
 * Links mentions to the knowledge base and groups the mentions of one entity: knowledge-base ids first, then
 * unknown names joined to the most recent compatible group by spelling and transliteration similarity (surname
 * alone -> the full name seen before; acronym -> the long form with those initials), never joining two people whose
 * given names differ, nor strongly typed mentions of different types.
 */
final class Linker {
    private record Alias(String key, String givenKey, String id) {
    }

    private final KnowledgeBase kb;
    private final List<Alias> personAliases = new ArrayList<>();

    Linker(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PER) continue;
            for (String name : e.allNames()) {
                String[] w = name.split("\\s+");
                if (w.length >= 2) personAliases.add(new Alias(VariantKey.of(w[w.length - 1]), VariantKey.of(w[0]), e.id()));
            }
        }
    }

    /** Among the targets of one gazetteer hit, a person holding an office on the date, else the best priority. */
    Gazetteer.Hit choose(List<Gazetteer.Hit> group, LocalDate date) {
        if (group.size() > 1 && date != null) {
            for (Gazetteer.Hit h : group) {
                if (h.target().type() != EntityType.PER) continue;
                for (Office o : kb.offices(h.target().id())) if (o.heldOn(date)) return h;
            }
        }
        return group.get(0);
    }

    List<Cluster> group(List<Candidate> cands, LocalDate date) {
        Map<String, Cluster> byKb = new LinkedHashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.kbId != null) {
                kbCluster(c.kbId, byKb, clusters).add(c);
                continue;
            }
            Cluster best = null;
            List<Cluster> recent = new ArrayList<>(clusters);
            recent.sort(Comparator.comparingInt((Cluster cl) -> cl.lastSentence).reversed());
            for (Cluster cl : recent) {
                if (cl.accepts(c) && matches(c, cl)) {
                    best = cl;
                    break;
                }
            }
            if (best == null) {
                String id = fuzzyPerson(c);
                if (id != null) {
                    c.kbId = id;
                    best = kbCluster(id, byKb, clusters);
                }
            }
            if (best == null) {
                best = new Cluster(null, null, null);
                clusters.add(best);
            }
            best.add(c);
        }
        return clusters;
    }

    private Cluster kbCluster(String id, Map<String, Cluster> byKb, List<Cluster> clusters) {
        return byKb.computeIfAbsent(id, x -> {
            Optional<KbEntry> e = kb.entry(id);
            Cluster cl = new Cluster(id, e.map(KbEntry::name).orElse(id), e.map(KbEntry::type).orElse(null));
            clusters.add(cl);
            return cl;
        });
    }

    /** An unknown multi-word name that is a spelling variant of a knowledge-base person (same given name, close surname). */
    private String fuzzyPerson(Candidate c) {
        String[] w = c.words();
        if (w.length < 2 || (c.strong() && c.type != EntityType.PER)) return null;
        String surname = VariantKey.of(w[w.length - 1]);
        String given = VariantKey.of(w[0]);
        if (surname.length() < 5) return null;
        String found = null;
        for (Alias a : personAliases) {
            if (VariantKey.close(surname, a.key()) && VariantKey.givenNamesAgree(given, a.givenKey())) {
                if (found != null && !found.equals(a.id())) return null;
                found = a.id();
            }
        }
        return found;
    }

    private boolean matches(Candidate c, Cluster cl) {
        List<String> forms = new ArrayList<>();
        for (Candidate m : cl.members) if (m.source != Candidate.Source.DEMONYM && m.source != Candidate.Source.DERIVED_DEMONYM) forms.add(m.text);
        if (cl.kbId != null) kb.entry(cl.kbId).ifPresent(e -> forms.addAll(e.allNames()));
        if (c.isAcronym()) {
            for (String f : forms) if (f.equals(c.text) || initials(f).equals(c.text)) return true;
        }
        String[] cw = c.words();
        String full = VariantKey.of(c.text);
        String given = cw.length >= 2 ? VariantKey.of(cw[0]) : "";
        boolean any = false;
        for (String f : forms) {
            if (CapitalisedNameTagger.isAcronym(f) && !f.contains(" ")) {
                if (cw.length >= 2 && initials(c.text).equals(f)) any = true;
                continue;
            }
            String[] fw = f.trim().split("\\s+");
            String fGiven = fw.length >= 2 ? VariantKey.of(fw[0]) : "";
            if (!given.isEmpty() && !fGiven.isEmpty() && !VariantKey.givenNamesAgree(given, fGiven)
                    && VariantKey.close(VariantKey.of(cw[cw.length - 1]), VariantKey.of(fw[fw.length - 1]))) {
                return false;
            }
            if (VariantKey.close(full, VariantKey.of(f))) any = true;
            else if (cw.length == 1 && fw.length >= 2 && (VariantKey.close(full, VariantKey.of(fw[fw.length - 1]))
                    || VariantKey.close(full, VariantKey.of(String.join(" ", Arrays.copyOfRange(fw, 1, fw.length)))))) any = true;
            else if (cw.length >= 2 && fw.length == 1 && VariantKey.close(VariantKey.of(cw[cw.length - 1]), VariantKey.of(f))) any = true;
            else if (cw.length >= 2 && fw.length >= 2 && VariantKey.close(VariantKey.of(cw[cw.length - 1]), VariantKey.of(fw[fw.length - 1]))
                    && VariantKey.givenNamesAgree(given, fGiven) && c.type == EntityType.PER) any = true;
        }
        return any;
    }

    /** Initials of the capitalised words of a name: "Organisation du traité de la Baltique centrale" -> "OTBC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) continue;
            String n = LanguagePack.normalize(w);
            if (n.length() <= 3 && !Character.isUpperCase(w.charAt(0)) && sb.length() > 0) continue;
            if (n.startsWith("l'") || n.startsWith("d'")) w = w.substring(2);
            if (w.isEmpty()) continue;
            if (isFunctionWord(n)) continue;
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    private static boolean isFunctionWord(String n) {
        return n.equals("de") || n.equals("du") || n.equals("des") || n.equals("la") || n.equals("le") || n.equals("les")
                || n.equals("of") || n.equals("the") || n.equals("and") || n.equals("et") || n.equals("for") || n.equals("pour")
                || n.equals("del") || n.equals("di") || n.equals("der") || n.equals("y") || n.equals("e");
    }

    /**
     * Demonyms of states the knowledge base does not know: a word made of the stem of a place name in the document
     * (the name less its final vowels) and a demonym ending of the language (Valdorie -> "valdoriennes").
     */
    void deriveDemonyms(Document doc, List<Token> tokens, List<Candidate> cands, List<Cluster> clusters,
                        Map<String, EntityLexicon> lexicons, String fallbackLanguage) {
        Map<String, Cluster> stems = new LinkedHashMap<>();
        for (Cluster cl : clusters) {
            if (cl.kbId != null || cl.members.isEmpty()) continue;
            EntityType type = cl.type();
            if (type != EntityType.GPE && type != EntityType.LOC) continue;
            for (Candidate m : cl.members) {
                if (m.text.contains(" ")) continue;
                String stem = stem(LanguagePack.normalize(m.text));
                if (stem.length() >= 4) stems.putIfAbsent(stem, cl);
            }
        }
        if (stems.isEmpty()) return;
        String text = doc.text();
        Map<Integer, Candidate> byStart = new HashMap<>();
        for (Candidate c : cands) byStart.put(c.span.start(), c);
        List<Candidate> added = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) continue;
            String w = t.span().of(text);
            String key = LanguagePack.normalize(w);
            String lang = doc.languageAt(t.start()).filter(lexicons::containsKey).orElse(fallbackLanguage);
            for (Map.Entry<String, Cluster> s : stems.entrySet()) {
                if (!key.startsWith(s.getKey())) continue;
                String rest = key.substring(s.getKey().length());
                if (!lexicons.get(lang).demonymSuffixes.contains(rest)) continue;
                Candidate existing = byStart.get(t.start());
                if (existing != null) {
                    if (existing.span.end() != t.end() || existing.cluster == s.getValue() || existing.source != Candidate.Source.RULES
                            || existing.cluster.members.size() > 1) break;
                    existing.cluster.members.remove(existing);
                    s.getValue().add(existing);
                } else {
                    Candidate d = new Candidate(new Span(t.start(), t.end()), w, EntityType.GPE, 0.7, Candidate.Source.DERIVED_DEMONYM, 0, null);
                    s.getValue().add(d);
                    added.add(d);
                }
                break;
            }
        }
        cands.addAll(added);
        cands.sort(Comparator.comparing(c -> c.span));
    }

    static String stem(String key) {
        int end = key.length();
        while (end > 0 && "aeiouy".indexOf(key.charAt(end - 1)) >= 0) end--;
        return key.substring(0, end);
    }
}
