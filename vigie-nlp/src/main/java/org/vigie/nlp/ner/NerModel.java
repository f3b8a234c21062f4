package org.vigie.nlp.ner;

import org.vigie.core.ConfigException;

import java.io.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: label set, first-order transition weights, 16-bit quantised feature weights in an
 * open-addressing table keyed by feature hash, the training lexicon and the gazetteer, plus a manifest
 * (language, training data, date, parameters, scores). Stored as a folder: {@code model.bin} (gzip),
 * {@code gazetteer.tsv}, {@code manifest.properties}; the shipped ones are resources under
 * {@code org/vigie/nlp/lang/<code>/ner/}. Immutable and thread-safe.
 */
public final class NerModel {
    static final String MODEL_FILE = "model.bin", GAZETTEER_FILE = "gazetteer.tsv", MANIFEST_FILE = "manifest.properties";
    private static final int MAGIC = 0x564E4552; // "VNER"
    static final String CALIBRATION = "score.calibration";
    private static final Map<String, Optional<NerModel>> SHIPPED = new ConcurrentHashMap<>();

    private final String[] labels;
    private final int[] transitions;
    private final short[] table;
    private final int mask;
    private final int stride;
    private final int features;
    private final float scale;
    private final Lexicon lexicon;
    private final WordListGazetteer gazetteer;
    private final Map<String, String> manifest;
    private final double calibrationA, calibrationB;

    NerModel(String[] labels, float[] transitions, int[] keys, short[] weights, float scale, Lexicon lexicon,
             WordListGazetteer gazetteer, Map<String, String> manifest) {
        int l = labels.length;
        this.labels = labels.clone();
        this.scale = scale;
        this.transitions = new int[transitions.length];
        for (int i = 0; i < transitions.length; i++) this.transitions[i] = Math.round(transitions[i] * scale);
        this.stride = 2 + l;
        this.features = keys.length;
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 3 / 2)) << 1;
        this.table = new short[capacity * stride];
        this.mask = capacity - 1;
        for (int f = 0; f < keys.length; f++) {
            int i = IntTable.slot(keys[f]) & mask;
            while (table[i * stride] != 0 || table[i * stride + 1] != 0) i = (i + 1) & mask;
            int at = i * stride;
            table[at] = (short) keys[f];
            table[at + 1] = (short) (keys[f] >>> 16);
            System.arraycopy(weights, f * l, table, at + 2, l);
        }
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.manifest = Collections.unmodifiableMap(new TreeMap<>(manifest));
        double[] ab = calibration(this.manifest);
        this.calibrationA = ab[0];
        this.calibrationB = ab[1];
    }

    /** The {@code score.calibration} entry ("a b"), or a plain logistic of the margin when absent. */
    private static double[] calibration(Map<String, String> manifest) {
        String value = manifest.get(CALIBRATION);
        if (value == null) return new double[]{1, 0};
        String[] parts = value.strip().split("\\s+");
        try {
            return new double[]{Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
        } catch (RuntimeException e) {
            throw new ConfigException("bad " + CALIBRATION + " in NER manifest: " + value);
        }
    }

    /** Probability that a name with this margin is right: {@code 1 / (1 + exp(-(a log(1 + margin) + b)))}, fitted on held-out data. */
    double confidence(double margin) {
        return 1.0 / (1.0 + Math.exp(-(calibrationA * Math.log1p(Math.max(0, margin)) + calibrationB)));
    }

    /** The model shipped for a language (ISO 639-1 code), loaded once; empty when there is none. */
    public static Optional<NerModel> forLanguage(String code) {
        return SHIPPED.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> {
            String dir = "org/vigie/nlp/lang/" + c + "/ner/";
            ClassLoader loader = NerModel.class.getClassLoader();
            InputStream model = loader.getResourceAsStream(dir + MODEL_FILE);
            if (model == null) return Optional.empty();
            try (model; InputStream gaz = loader.getResourceAsStream(dir + GAZETTEER_FILE);
                 InputStream man = loader.getResourceAsStream(dir + MANIFEST_FILE)) {
                if (gaz == null || man == null) throw new ConfigException(dir + " lacks " + GAZETTEER_FILE + " or " + MANIFEST_FILE);
                return Optional.of(read(model, gaz, man, dir));
            } catch (IOException e) {
                throw new ConfigException("cannot read the NER model " + dir + ": " + e.getMessage(), e);
            }
        });
    }

    /** A model saved by {@link #save} in a folder. */
    public static NerModel load(Path dir) throws IOException {
        try (InputStream model = Files.newInputStream(dir.resolve(MODEL_FILE));
             InputStream gaz = Files.newInputStream(dir.resolve(GAZETTEER_FILE));
             InputStream man = Files.newInputStream(dir.resolve(MANIFEST_FILE))) {
            return read(model, gaz, man, dir.toString());
        }
    }

    public String language() {
        return manifest.getOrDefault("language", "");
    }

    /** Language, training files, date, parameters and scores recorded when the model was trained. */
    public Map<String, String> manifest() {
        return manifest;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    /** Number of weighted features. */
    public int features() {
        return features;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Manifest key recording that the model was trained with knowledge-base name features. */
    static final String KB_FEATURES = "features.knowledge-base";

    /** Whether the model was trained with features from the knowledge base's names ({@link KbNames}). */
    public boolean usesKnowledgeBase() {
        return manifest.containsKey(KB_FEATURES);
    }

    /** The knowledge-base names to compute features from: the shared knowledge base's when the model was trained with them. */
    KbNames kbNames() {
        return usesKnowledgeBase() ? KbNames.shared() : KbNames.NONE;
    }

    /** Manifest key recording that the model was trained with actor-name features ({@link ActorNames}). */
    static final String ACTOR_FEATURES = "features.actor-names";

    /** Whether the model was trained with features from the actor-name list ({@link ActorNames}). */
    public boolean usesActorNames() {
        return manifest.containsKey(ACTOR_FEATURES);
    }

    /** The actor names to compute features from: the shipped list when the model was trained with them. */
    KbNames actorNames() {
        return usesActorNames() ? ActorNames.shared() : KbNames.NONE;
    }

    /** The same model with manifest entries added or replaced (e.g. evaluation scores). */
    public NerModel withManifest(Map<String, String> entries) {
        Map<String, String> m = new TreeMap<>(manifest);
        m.putAll(entries);
        return new NerModel(this, m);
    }

    private NerModel(NerModel o, Map<String, String> manifest) {
        labels = o.labels;
        transitions = o.transitions;
        table = o.table;
        mask = o.mask;
        stride = o.stride;
        features = o.features;
        scale = o.scale;
        lexicon = o.lexicon;
        gazetteer = o.gazetteer;
        this.manifest = Collections.unmodifiableMap(manifest);
        double[] ab = calibration(manifest);
        this.calibrationA = ab[0];
        this.calibrationB = ab[1];
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Whether the training text writes the word in lower case at least a tenth of the time it uses it ("target",
     * "coach"): a common word that a capital alone does not make a name. False for words the training text used
     * fewer than twice.
     */
    public boolean commonWord(String word) {
        int stats = Lexicon.wordStats(lexicon.stats(Features.wordKey(word.toLowerCase(Locale.ROOT))));
        return (stats >>> 8 & 0xFF) >= 3;
    }

    int labelCount() {
        return labels.length;
    }

    float scale() {
        return scale;
    }

    /** Transition weight (scaled) from label {@code from} ({@code labels.length} = sentence start) to {@code to}. */
    int transition(int from, int to) {
        return transitions[from * labels.length + to];
    }

    /** Adds the weights of the given feature keys to {@code scores} (one int per label). */
    void score(int[] keys, int from, int count, int[] scores) {
        int l = labels.length;
        for (int k = from; k < from + count; k++) {
            int key = keys[k];
            int i = IntTable.slot(key) & mask;
            while (true) {
                int at = i * stride;
                int stored = (table[at] & 0xFFFF) | table[at + 1] << 16;
                if (stored == key) {
                    for (int y = 0; y < l; y++) scores[y] += table[at + 2 + y];
                    break;
                }
                if (stored == 0) break;
                i = (i + 1) & mask;
            }
        }
    }

    /** Writes {@code model.bin}, {@code gazetteer.tsv} and {@code manifest.properties} into the folder. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        int l = labels.length;
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i <= mask; i++) {
            int at = i * stride;
            int key = (table[at] & 0xFFFF) | table[at + 1] << 16;
            if (key != 0) rows.add(new int[]{key, at});
        }
        rows.sort(Comparator.comparingInt(r -> r[0]));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(dir.resolve(MODEL_FILE)), 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(Features.VERSION);
            out.writeInt(l);
            for (String label : labels) out.writeUTF(label);
            out.writeFloat(scale);
            for (int t : transitions) out.writeInt(t);
            out.writeInt(rows.size());
            // Keys as deltas and weights label by label: both compress far better than row by row.
            ByteBuffer keyBytes = ByteBuffer.allocate(rows.size() * 4);
            long previous = Integer.MIN_VALUE;
            for (int[] r : rows) {
                keyBytes.putInt((int) (r[0] - previous));
                previous = r[0];
            }
            out.write(keyBytes.array());
            ByteBuffer weightBytes = ByteBuffer.allocate(rows.size() * 2);
            for (int y = 0; y < l; y++) {
                weightBytes.clear();
                for (int[] r : rows) weightBytes.putShort(table[r[1] + 2 + y]);
                out.write(weightBytes.array());
            }
            int[] lexKeys = lexicon.table().keys();
            out.writeInt(lexKeys.length);
            ByteBuffer lex = ByteBuffer.allocate(lexKeys.length * 8);
            for (int k : lexKeys) lex.putInt(k).putInt(lexicon.stats(k));
            out.write(lex.array());
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(GAZETTEER_FILE), StandardCharsets.UTF_8)) {
            gazetteer.write(w, List.of("Gazetteer of the NER model in this folder: names and types seen in its training data",
                    "(see manifest.properties for the files; licence as in MODEL.md). Generated by org.vigie.nlp.ner.NerTrainer."));
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(MANIFEST_FILE), StandardCharsets.UTF_8)) {
            w.write("# NER model manifest, written by org.vigie.nlp.ner.NerTrainer\n");
            for (Map.Entry<String, String> e : manifest.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n") + "\n");
            }
        }
    }

    private static NerModel read(InputStream model, InputStream gaz, InputStream man, String source) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(man, StandardCharsets.UTF_8));
        Map<String, String> manifest = new TreeMap<>();
        for (String name : p.stringPropertyNames()) manifest.put(name, p.getProperty(name));
        WordListGazetteer gazetteer = WordListGazetteer.read(
                new BufferedReader(new InputStreamReader(gaz, StandardCharsets.UTF_8)), source + "/" + GAZETTEER_FILE);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(model, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new ConfigException(source + ": not a Vigie NER model");
            int version = in.readInt();
            if (version != Features.VERSION) {
                throw new ConfigException(source + ": model built for feature set " + version + ", this code uses "
                        + Features.VERSION + "; retrain it with vigie train ner");
            }
            int l = in.readInt();
            String[] labels = new String[l];
            for (int i = 0; i < l; i++) labels[i] = in.readUTF();
            float scale = in.readFloat();
            float[] transitions = new float[(l + 1) * l];
            for (int i = 0; i < transitions.length; i++) transitions[i] = in.readInt() / scale;
            int n = in.readInt();
            ByteBuffer keyBytes = ByteBuffer.wrap(in.readNBytes(n * 4));
            int[] keys = new int[n];
            long previous = Integer.MIN_VALUE;
            for (int f = 0; f < n; f++) {
                previous += keyBytes.getInt() & 0xFFFFFFFFL;
                keys[f] = (int) previous;
            }
            short[] weights = new short[n * l];
            for (int y = 0; y < l; y++) {
                ByteBuffer wb = ByteBuffer.wrap(in.readNBytes(n * 2));
                for (int f = 0; f < n; f++) weights[f * l + y] = wb.getShort();
            }
            int lexSize = in.readInt();
            ByteBuffer lex = ByteBuffer.wrap(in.readNBytes(lexSize * 8));
            IntTable lexTable = new IntTable(lexSize);
            for (int i = 0; i < lexSize; i++) lexTable.put(lex.getInt(), lex.getInt());
            NerModel loaded = new NerModel(labels, transitions, keys, weights, scale, new Lexicon(lexTable), gazetteer, manifest);
            // read the actor-name list now rather than on the first sentence, so that loading time is loading time
            loaded.actorNames();
            return loaded;
        } catch (EOFException e) {
            throw new ConfigException(source + ": truncated NER model", e);
        }
    }
}
