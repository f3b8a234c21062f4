package org.vigie.nlp.kb;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.lang.LanguagePack;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * The engine's knowledge base: countries, places, organisations, people with their terms of office, and news outlets,
 * read once from the versioned TSV files under {@code org/vigie/nlp/lang/multi/kb/}. Immutable and thread-safe;
 * {@link #get()} returns the shared instance.
 */
public final class KnowledgeBase {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "it", "de", "ru");

    private final Map<String, KbEntry> byId;
    private final Map<String, List<KbEntry>> byName;
    private final Map<String, List<Office>> officesByPerson;
    private final Map<String, List<Office>> officesByRole;
    private final Map<String, Outlet> outlets;
    private final Map<String, Outlet> outletsByDomain;
    private final Map<String, String> capitals;
    private final List<Office> officeList;
    private final List<Outlet> outletList;
    private final List<String> extensionNotes;

    private KnowledgeBase(List<KbEntry> entries, List<Office> offices, List<Outlet> outletList, Map<String, String> capitals) {
        this(entries, offices, outletList, capitals, List.of());
    }

    private KnowledgeBase(List<KbEntry> entries, List<Office> offices, List<Outlet> outletList, Map<String, String> capitals,
                          List<String> extensionNotes) {
        this.officeList = List.copyOf(offices);
        this.outletList = List.copyOf(outletList);
        this.extensionNotes = List.copyOf(extensionNotes);
        Map<String, KbEntry> ids = new LinkedHashMap<>();
        Map<String, List<KbEntry>> names = new HashMap<>();
        for (KbEntry e : entries) {
            if (ids.putIfAbsent(e.id(), e) != null) throw new ConfigException("knowledge base: duplicate id " + e.id());
            for (String n : e.allNames()) names.computeIfAbsent(key(n), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Office>> byPerson = new HashMap<>();
        Map<String, List<Office>> byRole = new HashMap<>();
        for (Office o : offices) {
            if (!ids.containsKey(o.personId())) throw new ConfigException("knowledge base: office of unknown person " + o.personId());
            byPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
            byRole.computeIfAbsent(o.role() + "|" + o.of(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Outlet> outs = new LinkedHashMap<>();
        Map<String, Outlet> domains = new HashMap<>();
        for (Outlet o : outletList) {
            outs.put(o.id(), o);
            for (String d : o.domains()) domains.put(d.toLowerCase(Locale.ROOT), o);
        }
        this.byId = Collections.unmodifiableMap(ids);
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(names);
        byPerson.replaceAll((k, v) -> List.copyOf(v));
        byRole.replaceAll((k, v) -> List.copyOf(v));
        this.officesByPerson = Map.copyOf(byPerson);
        this.officesByRole = Map.copyOf(byRole);
        this.outlets = Collections.unmodifiableMap(outs);
        this.outletsByDomain = Map.copyOf(domains);
        this.capitals = Map.copyOf(capitals);
    }

    private static final class Holder {
        static final KnowledgeBase BUILT_IN = KbLoader.load(LanguagePack.of("multi"));
    }

    private static volatile List<Path> extensionFiles = List.of();
    private static volatile KnowledgeBase current;

    /** The shared knowledge base: the built-in files plus the extension files in use, loaded on first use. */
    public static KnowledgeBase get() {
        KnowledgeBase kb = current;
        if (kb != null) return kb;
        synchronized (KnowledgeBase.class) {
            if (current == null) current = withExtensions(Holder.BUILT_IN, extensionFiles);
            return current;
        }
    }

    /**
     * Adds knowledge-base extension files ({@link KbExtension}) to the shared knowledge base: {@link #get()} returns the
     * extended knowledge base from now on, so that an entity confirmed by the user is known to the analyses that follow. The built-in
     * knowledge wins: an extension entry whose id, or whose name and type, the built-in files already have is left
     * out, as is an id an earlier extension file gave. The roles of an entry written {@code <role>@<of>} with a start
     * date ({@link PositionOffices}) join the terms of office {@link #holder} consults, after the built-in ones.
     *
     * @throws org.vigie.core.ConfigException naming the file and line for a broken extension file; the knowledge
     *                                         base in use is then left as it was
     */
    public static synchronized void useExtensions(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        KnowledgeBase kb = withExtensions(Holder.BUILT_IN, copy);
        extensionFiles = copy;
        current = kb;
    }

    /** The extension files in use. */
    public static List<Path> extensionFiles() {
        return extensionFiles;
    }

    /** One line per extension file loaded: how many entries it added and how many it left out. */
    public List<String> extensionNotes() {
        return extensionNotes;
    }

    private static KnowledgeBase withExtensions(KnowledgeBase base, List<Path> files) {
        if (files.isEmpty()) return base;
        List<KbEntry> entries = new ArrayList<>(base.byId.values());
        Set<String> ids = new HashSet<>(base.byId.keySet());
        List<String> notes = new ArrayList<>();
        // the built-in terms first: holder() takes the first term held on a date, so the built-in knowledge wins
        List<Office> offices = new ArrayList<>(base.officeList);
        for (Path f : files) {
            int added = 0;
            int skipped = 0;
            int terms = 0;
            for (ExtensionEntry x : KbExtension.read(f)) {
                KbEntry e = x.entry();
                boolean known = ids.contains(e.id())
                        || base.lookup(e.name()).stream().anyMatch(b -> b.type() == e.type());
                if (known) {
                    skipped++;
                    continue;
                }
                ids.add(e.id());
                entries.add(e);
                added++;
                for (RoleTerm r : x.roles()) {
                    Optional<Office> o = PositionOffices.office(e.id(), r);
                    if (o.isPresent()) {
                        offices.add(o.get());
                        terms++;
                    }
                }
            }
            notes.add(f + ": " + added + " entries added, " + skipped + " already known"
                    + (terms == 0 ? "" : ", " + terms + (terms == 1 ? " term" : " terms") + " of office"));
        }
        return new KnowledgeBase(entries, offices, base.outletList, base.capitals, notes);
    }

    static KnowledgeBase of(List<KbEntry> entries, List<Office> offices, List<Outlet> outlets, Map<String, String> capitals) {
        return new KnowledgeBase(entries, offices, outlets, capitals);
    }

    /** The lookup key of a name: {@link LanguagePack#normalize} with runs of spaces collapsed. */
    public static String key(String name) {
        return SPACES.matcher(LanguagePack.normalize(name).strip()).replaceAll(" ");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The engine id of a canonical name: {@code vigie:} + the name in lower case, accents removed, each run of other
     * characters replaced by one hyphen.
     */
    public static String slug(String name) {
        String n = LanguagePack.normalize(name);
        StringBuilder sb = new StringBuilder("vigie:");
        boolean hyphen = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (Character.isLetterOrDigit(c) && c > 127)) {
                if (hyphen && sb.length() > 6) sb.append('-');
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.toString();
    }

    public Collection<KbEntry> entries() {
        return byId.values();
    }

    public Optional<KbEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entries having this name in any language (case, accents and apostrophe forms ignored). */
    public List<KbEntry> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Every term of office of this person, in file order. */
    public List<Office> offices(String personId) {
        return officesByPerson.getOrDefault(personId, List.of());
    }

    /**
     * The holder of a role ({@code head-of-state}, {@code foreign-minister}...) of a state or organisation on a date:
     * empty when the knowledge base does not know who held it then.
     */
    public Optional<KbEntry> holder(String role, String of, LocalDate date) {
        for (Office o : officesByRole.getOrDefault(role + "|" + of, List.of())) {
            if (o.heldOn(date) && !(o.end().isPresent() && o.end().get().equals(date) && heldByAnotherFrom(role, of, date))) {
                return entry(o.personId());
            }
        }
        return Optional.empty();
    }

    private boolean heldByAnotherFrom(String role, String of, LocalDate date) {
        for (Office o : officesByRole.getOrDefault(role + "|" + of, List.of())) {
            if (o.start().equals(date)) return true;
        }
        return false;
    }

    public Optional<Coordinates> coordinates(String id) {
        return entry(id).flatMap(KbEntry::coordinates);
    }

    /** The state an entity belongs to (a place's or a person's country); a country is its own country. */
    public Optional<String> country(String id) {
        return entry(id).flatMap(e -> "country".equals(e.kind()) ? Optional.of(e.id()) : e.country());
    }

    /** The capital of a country, when known. */
    public Optional<KbEntry> capital(String countryId) {
        return Optional.ofNullable(capitals.get(countryId)).flatMap(this::entry);
    }

    public Collection<Outlet> outlets() {
        return outlets.values();
    }

    public Optional<Outlet> outlet(String id) {
        return Optional.ofNullable(outlets.get(id));
    }

    /** The outlet publishing under this URL or host name ({@code https://www.lemonde.fr/...}, {@code lemonde.fr}). */
    public Optional<Outlet> outletForUrl(String urlOrHost) {
        if (urlOrHost == null || urlOrHost.isBlank()) return Optional.empty();
        String host = urlOrHost.strip().toLowerCase(Locale.ROOT);
        if (host.contains("://")) {
            try {
                host = URI.create(host).getHost();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (host == null) return Optional.empty();
        } else {
            int slash = host.indexOf('/');
            if (slash >= 0) host = host.substring(0, slash);
        }
        while (!host.isEmpty()) {
            Outlet o = outletsByDomain.get(host);
            if (o != null) return Optional.of(o);
            int dot = host.indexOf('.');
            if (dot < 0) break;
            host = host.substring(dot + 1);
        }
        return Optional.empty();
    }

    static LocalDate date(String s, String where) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(where + ": bad date '" + s + "'", e);
        }
    }

    static EntityType type(String s) {
        return EntityType.valueOf(s.strip());
    }
}
