package dev.lifeboat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The unit prices a design's monthly cost is computed with: a currency, the price of one instance a month per kind
 * of component, a GB-month of block, object and archive storage, and a GB moved across zones or regions. A design
 * holds one table ({@link Topology#prices()}); a component may override its instance price
 * ({@link Settings#INSTANCE_MONTHLY_PRICE}). Immutable: every change makes a new table.
 *
 * <p>{@link #DEFAULTS} are AWS us-east-1 on-demand list prices read on {@value #READ}; {@link #source(String)}
 * says, for each, the product and page it stands for, and which figures the stored pages did not show (those are
 * assumptions: the list price as known, to be checked against the page).
 */
public final class Prices {

    /** When the default prices were read. */
    public static final String READ = "2026-12-01";
    /** Hours in a month as AWS bills them (8,760 / 12). */
    public static final double HOURS_PER_MONTH = 730;

    // ---------------------------------------------------------------- file keys

    public static final String CURRENCY = "currency";
    public static final String INSTANCE_MONTH = "instance_month";
    public static final String BLOCK = "block_gb_month";
    public static final String OBJECT = "object_gb_month";
    public static final String ARCHIVE = "archive_gb_month";
    public static final String CROSS_ZONE = "transfer_cross_zone_gb";
    public static final String CROSS_REGION = "transfer_cross_region_gb";
    /** Every key of the table, in file order. */
    public static final List<String> KEYS = List.of(CURRENCY, INSTANCE_MONTH, BLOCK, OBJECT, ARCHIVE, CROSS_ZONE,
            CROSS_REGION);
    /** The per-GB prices' keys, in file order. */
    public static final List<String> GB_KEYS = List.of(BLOCK, OBJECT, ARCHIVE, CROSS_ZONE, CROSS_REGION);

    /** The most one instance may cost a month: beyond it a number is a typo, not a price. */
    public static final double MAX_INSTANCE_MONTH = 1_000_000;
    /** The most a GB-month or a GB moved may cost. */
    public static final double MAX_PER_GB = 1_000;

    private static final String AWS = "AWS us-east-1 on-demand";

    /** AWS us-east-1 on-demand list prices, in US dollars, read on {@value #READ}. */
    public static final Prices DEFAULTS = defaults();

    private final String currency;
    private final Map<ComponentKind, Double> instanceMonth;
    private final double[] perGb;

    private Prices(String currency, Map<ComponentKind, Double> instanceMonth, double[] perGb) {
        this.currency = currency;
        this.instanceMonth = instanceMonth;
        this.perGb = perGb;
    }

    /*
     * Sources, read 2026-12-01 (stored copies of the pages, searched; where a stored page showed no number, the figure
     * is the list price as known and marked assumed in source(kind)):
     * - instances: aws.amazon.com/ec2/pricing/on-demand, aws.amazon.com/rds/postgresql/pricing, .../rds/mysql/pricing,
     *   aws.amazon.com/elasticache/pricing ("charged hourly per node"), aws.amazon.com/msk/pricing (no charge for
     *   the transfer between brokers); RDS Multi-AZ bills "both the primary and standby instances"
     *   (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html). No instance price showed.
     * - EBS gp3 $0.08/GB-month: aws.amazon.com/ebs/pricing, figure as quoted by third-party pages (gitlab.com
     *   docker-machine MR 45, "0.08 * 50 GB-month").
     * - S3 Standard $0.023 and Glacier Flexible Retrieval $0.0036: aws.amazon.com/s3/pricing, figures as quoted by
     *   third-party guides (howtogeek.com "AWS S3 pricing explained", us-east-1).
     * - transfer: $0.01/GB each way between zones, $0.02/GB between regions: aws.amazon.com/ec2/pricing/on-demand,
     *   figures as quoted by finopsforge.com and lastweekinaws.com ("cross-AZ data transfer costs more than AWS says").
     */
    private static Prices defaults() {
        Map<ComponentKind, Double> m = new EnumMap<>(ComponentKind.class);
        // $/hour x 730 hours; see source(kind) for what each stands for
        m.put(ComponentKind.SERVICE, monthly(0.096));      // EC2 m6i.large, Linux
        m.put(ComponentKind.POSTGRESQL, monthly(0.152));   // RDS for PostgreSQL db.m6g.large, Single-AZ
        m.put(ComponentKind.MYSQL, monthly(0.152));        // RDS for MySQL db.m6g.large, Single-AZ
        m.put(ComponentKind.REDIS, monthly(0.149));        // ElastiCache cache.m6g.large
        m.put(ComponentKind.KAFKA, monthly(0.21));         // MSK kafka.m5.large broker
        m.put(ComponentKind.MONGODB, monthly(0.096));      // self-managed on EC2 m6i.large
        m.put(ComponentKind.RAFT_STORE, monthly(0.096));   // self-managed etcd member on EC2 m6i.large
        for (ComponentKind k : ComponentKind.values()) {
            if (hasInstances(k) && !m.containsKey(k)) {
                throw new IllegalStateException("no default instance price for " + k.id());
            }
        }
        // block (EBS gp3), object (S3 Standard), archive (S3 Glacier Flexible Retrieval), across zones (0.01 out of
        // one zone + 0.01 into the other), across regions (0.02 out of the sending region)
        return new Prices("USD", Collections.unmodifiableMap(m), new double[] {0.08, 0.023, 0.0036, 0.02, 0.02});
    }

    private static double monthly(double hourly) {
        return Math.round(hourly * HOURS_PER_MONTH * 100) / 100.0;
    }

    /** Whether components of a kind run instances that a price per instance applies to. */
    public static boolean hasInstances(ComponentKind kind) {
        return kind.has(Settings.INSTANCE_MONTHLY_PRICE);
    }

    /** The kinds with instances, in palette order: the keys of {@code instance_month}. */
    public static List<ComponentKind> instanceKinds() {
        List<ComponentKind> out = new ArrayList<>();
        for (ComponentKind k : ComponentKind.values()) {
            if (hasInstances(k)) {
                out.add(k);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- reading

    /** The ISO 4217 code of the currency, e.g. {@code USD}. */
    public String currency() {
        return currency;
    }

    /**
     * The price of one instance of a kind a month.
     *
     * @throws IllegalArgumentException for a kind without instances (object storage, external, datastore)
     */
    public double instanceMonth(ComponentKind kind) {
        Double p = instanceMonth.get(kind);
        if (p == null) {
            throw new IllegalArgumentException(kind.label() + " has no instances to price");
        }
        return p;
    }

    /** A GB-month of block storage (a disk). */
    public double blockGbMonth() {
        return perGb[0];
    }

    /** A GB-month of object storage (where backups are kept). */
    public double objectGbMonth() {
        return perGb[1];
    }

    /** A GB-month of archive storage (where archived logs are kept). */
    public double archiveGbMonth() {
        return perGb[2];
    }

    /** A GB moved from one zone to another of the same region, both directions' charges together. */
    public double crossZoneGb() {
        return perGb[3];
    }

    /** A GB moved from one region to another. */
    public double crossRegionGb() {
        return perGb[4];
    }

    /** A per-GB price by its file key ({@link #GB_KEYS}). */
    public double perGb(String key) {
        int i = GB_KEYS.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("no per-GB price " + key);
        }
        return perGb[i];
    }

    // ---------------------------------------------------------------- changing

    /**
     * A table with another currency: three ASCII letters, an ISO 4217 code ({@code EUR}); the numbers stay as they
     * are (no conversion).
     *
     * @throws InvalidValueException when it is not three letters
     */
    public Prices withCurrency(String code) {
        String c = code == null ? "" : code.trim();
        boolean letters = c.length() == 3;
        for (int i = 0; letters && i < 3; i++) {
            char ch = c.charAt(i);
            letters = ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z';
        }
        if (!letters) {
            throw new InvalidValueException(CURRENCY, "Currency: expected a three-letter ISO 4217 code such as USD "
                    + "or EUR, not '" + Printable.echo(c) + "'");
        }
        return new Prices(c.toUpperCase(Locale.ROOT), instanceMonth, perGb);
    }

    /**
     * A table with another monthly price for one instance of a kind.
     *
     * @throws InvalidValueException when the kind has no instances, or the price is negative, not a number or absurd
     */
    public Prices withInstanceMonth(ComponentKind kind, double price) {
        if (!hasInstances(kind)) {
            throw new InvalidValueException(INSTANCE_MONTH, kind.label() + " has no instances to price; kinds with "
                    + "instances: " + String.join(", ", instanceKinds().stream().map(ComponentKind::id).toList()));
        }
        check(INSTANCE_MONTH, "Price per instance a month", price, MAX_INSTANCE_MONTH);
        Map<ComponentKind, Double> m = new EnumMap<>(instanceMonth);
        m.put(kind, price);
        return new Prices(currency, Collections.unmodifiableMap(m), perGb);
    }

    /**
     * A table with another per-GB price ({@link #GB_KEYS}).
     *
     * @throws InvalidValueException when the price is negative, not a number or absurd
     */
    public Prices withPerGb(String key, double price) {
        int i = GB_KEYS.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("no per-GB price " + key);
        }
        check(key, label(key), price, MAX_PER_GB);
        double[] p = perGb.clone();
        p[i] = price;
        return new Prices(currency, instanceMonth, p);
    }

    private static void check(String key, String label, double price, double max) {
        if (Double.isNaN(price) || Double.isInfinite(price)) {
            throw new InvalidValueException(key, label + ": expected a number, not " + price);
        }
        if (price < 0) {
            throw new InvalidValueException(key, label + ": a price cannot be negative: " + fmt(price));
        }
        if (price > max) {
            throw new InvalidValueException(key, label + ": " + fmt(price) + " is not a plausible price; expected 0 to "
                    + fmt(max));
        }
    }

    // ---------------------------------------------------------------- for people

    /** What a per-GB price is, for messages and the inspector. */
    public static String label(String key) {
        return switch (key) {
            case BLOCK -> "Block storage per GB-month";
            case OBJECT -> "Object storage per GB-month";
            case ARCHIVE -> "Archive storage per GB-month";
            case CROSS_ZONE -> "Transfer across zones per GB";
            case CROSS_REGION -> "Transfer across regions per GB";
            case CURRENCY -> "Currency";
            case INSTANCE_MONTH -> "Price per instance a month";
            default -> throw new IllegalArgumentException("no price " + key);
        };
    }

    /**
     * Where a default per-GB price comes from (product, region, page, date read), or "this design's price" once the
     * design changed it.
     */
    public String source(String key) {
        if (perGb(key) != DEFAULTS.perGb(key)) {
            return "this design's price";
        }
        return switch (key) {
            case BLOCK -> "EBS gp3, " + AWS + ", aws.amazon.com/ebs/pricing, read " + READ;
            case OBJECT -> "S3 Standard, first 50 TB, " + AWS + ", aws.amazon.com/s3/pricing, read " + READ;
            case ARCHIVE -> "S3 Glacier Flexible Retrieval, " + AWS + ", aws.amazon.com/s3/pricing, read " + READ;
            case CROSS_ZONE -> "$0.01/GB out of one zone and $0.01/GB into the other, " + AWS
                    + ", aws.amazon.com/ec2/pricing/on-demand (data transfer), read " + READ;
            case CROSS_REGION -> "$0.02/GB out of the sending region, " + AWS
                    + ", aws.amazon.com/ec2/pricing/on-demand (data transfer), read " + READ;
            default -> throw new IllegalArgumentException("no per-GB price " + key);
        };
    }

    /**
     * What one instance of a kind stands for (the product and instance class of the default), or "this design's
     * price" once the design changed it.
     */
    public String source(ComponentKind kind) {
        if (instanceMonth(kind) != DEFAULTS.instanceMonth(kind)) {
            return "this design's price for " + kind.label();
        }
        String[] what = switch (kind) {
            case SERVICE -> new String[] {"EC2 m6i.large Linux", "0.096", ""};
            case POSTGRESQL -> new String[] {"RDS for PostgreSQL db.m6g.large Single-AZ", "0.152",
                "; a Multi-AZ standby is billed as one more instance"};
            case MYSQL -> new String[] {"RDS for MySQL db.m6g.large Single-AZ", "0.152",
                "; a Multi-AZ standby is billed as one more instance"};
            case REDIS -> new String[] {"ElastiCache cache.m6g.large node", "0.149", ""};
            case KAFKA -> new String[] {"MSK kafka.m5.large broker", "0.21", ""};
            case MONGODB -> new String[] {"self-managed on EC2 m6i.large", "0.096", ""};
            case RAFT_STORE -> new String[] {"self-managed member on EC2 m6i.large", "0.096", ""};
            case OBJECT_STORAGE, EXTERNAL, DATASTORE -> throw new IllegalArgumentException(kind.label()
                    + " has no instances to price");
        };
        // the stored copies of the pricing pages showed no instance prices: these are list prices as known
        return what[0] + ", $" + what[1] + "/h x 730 h, " + AWS + ", list price assumed (check the pricing page), read "
                + READ + what[2];
    }

    /** An amount with the currency: {@code $1,234.56}, {@code 1,234.56 EUR}. */
    public String format(double amount) {
        return money(String.format(Locale.ROOT, "%,.2f", amount));
    }

    /** An amount rounded to a whole unit: {@code $12,340}. */
    public String formatWhole(double amount) {
        return money(String.format(Locale.ROOT, "%,.0f", amount));
    }

    /** A unit price, with as many decimals as it needs (at least two): {@code $0.0036}. */
    public String formatUnit(double price) {
        String t = String.format(Locale.ROOT, "%,.6f", price);
        int end = t.length();
        while (end > t.indexOf('.') + 3 && t.charAt(end - 1) == '0') {
            end--;
        }
        return money(t.substring(0, end));
    }

    private String money(String number) {
        boolean negative = number.startsWith("-");
        String n = negative ? number.substring(1) : number;
        String sign = negative ? "-" : "";
        return switch (currency) {
            case "USD" -> sign + "$" + n;
            case "EUR" -> sign + "\u20AC" + n;
            case "GBP" -> sign + "\u00A3" + n;
            default -> sign + n + " " + currency;
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prices p && currency.equals(p.currency) && instanceMonth.equals(p.instanceMonth)
                && java.util.Arrays.equals(perGb, p.perGb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, instanceMonth, java.util.Arrays.hashCode(perGb));
    }

    @Override
    public String toString() {
        return "Prices[" + currency + ", " + instanceMonth + ", " + java.util.Arrays.toString(perGb) + "]";
    }
}
