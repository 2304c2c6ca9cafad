package com.hospitalplan.config;

import com.hospitalplan.shared.WorkbookLimits;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Typed settings under the {@code app} prefix.
 *
 * @param security sign-in throttling settings
 * @param database database bootstrap settings
 * @param demo demo-data settings
 * @param workbook limits of workbook uploads (plan imports and report workbooks)
 * @param dashboard dashboard settings
 * @param publicBaseUrl the address people and API clients reach the application at (behind a proxy, the proxy's
 *     https address): links in mail and the server of the OpenAPI description use it, never the request's Host
 */
@ConfigurationProperties("app")
public record AppProperties(
        @DefaultValue Security security,
        @DefaultValue Database database,
        @DefaultValue Demo demo,
        @DefaultValue Workbook workbook,
        @DefaultValue Dashboard dashboard,
        @DefaultValue("http://localhost:8080") URI publicBaseUrl) {

    /** The public address of a path of the application, such as {@code /reports/12}. */
    public String publicUrl(String path) {
        return publicBase() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The public base address without a trailing slash, such as {@code https://plans.example.org/tracker}. */
    public String publicBase() {
        String base = publicBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * @param warmUp build every plan's dashboard figures in the background once the application is up (tests turn it
     *     off: they build what they use)
     * @param heapShare the share of the maximum heap the plans' dashboard figures may take; beyond it the least used
     *     plans' figures are dropped and built again when next asked for
     * @param warmUpVisits how many times an instance that another one covers for visits its own sign-in page before it
     *     takes traffic, so that its code is compiled (0: not at all)
     * @param warmUpVisitTime the longest those visits may take
     */
    public record Dashboard(
            @DefaultValue("true") boolean warmUp,
            @DefaultValue("0.4") double heapShare,
            @DefaultValue("3000") int warmUpVisits,
            @DefaultValue("20s") Duration warmUpVisitTime) {}

    /**
     * Sign-in throttling (issue 15): wrong passwords slow down the address they come from, never the account for
     * everyone.
     *
     * @param failuresPerAccount wrong passwords for one user name from one address after which that name is refused
     *     from that address for a while
     * @param failuresPerAddress wrong passwords from one address, whatever the names, after which that address is
     *     refused for a while
     * @param firstDelay how long the first refusal lasts; each further wrong password after a refusal doubles it
     * @param maxDelay the longest refusal
     * @param forgetAfter how long after the last wrong password a count starts again from nothing
     */
    public record Security(
            @DefaultValue("5") int failuresPerAccount,
            @DefaultValue("30") int failuresPerAddress,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("1d") Duration forgetAfter) {}

    /** @param createIfMissing create the application's database on the server when it does not exist yet */
    public record Database(@DefaultValue("false") boolean createIfMissing) {}

    /** @param accountsAllowed whether accounts with the demo password may exist (only in the demo profile) */
    public record Demo(@DefaultValue("false") boolean accountsAllowed) {}

    /**
     * @param maxFileSize the largest workbook file accepted for import
     * @param maxUnpackedSize the most a workbook may unpack to: more is refused as a possible zip bomb
     * @param maxRows the most rows one sheet of a workbook may have
     * @param pendingTime how long a read workbook waits for the officer to confirm the import
     * @param maxPending the most read workbooks waiting for confirmation at once, all users together
     */
    public record Workbook(
            @DefaultValue("10MB") DataSize maxFileSize,
            @DefaultValue("50MB") DataSize maxUnpackedSize,
            @DefaultValue("10000") int maxRows,
            @DefaultValue("30m") Duration pendingTime,
            @DefaultValue("20") int maxPending) {

        /** What the workbook reader accepts before it refuses a file. */
        public WorkbookLimits limits() {
            return new WorkbookLimits(maxFileSize.toBytes(), maxUnpackedSize.toBytes(), maxRows);
        }
    }
}
