package jp.yokoten.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.ward.WardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statistics for the award committee (also through the client-credentials client) and operators.
 * Every answer is also CSV with {@code Accept: text/csv}: UTF-8 with BOM, header row, same filters.
 */
@Path("/api/v1/stats")
@RolesAllowed({CurrentUser.AWARD_COMMITTEE, CurrentUser.ADMIN})
@Tag(name = "Statistics")
public class StatsResource {
    static final String CSV = "text/csv";
    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    private static final String CSV_NOTE = "UTF-8 with BOM, CRLF, a header row; cells starting with = + - @ are prefixed with '. Columns: ";

    @Inject
    StatsService stats;

    @Inject
    ReferenceService reference;

    @Inject
    WardService wards;

    @GET
    @Path("/kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The policy KPIs of a fiscal year (April–March, JST), each with its target (award_committee, admin)")
    public KpiReport kpis(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        return stats.kpis(FiscalYear.parse(fiscalYear));
    }

    @GET
    @Path("/kpis")
    @Produces(CSV)
    @Operation(summary = "The KPIs as CSV")
    @APIResponse(responseCode = "200", description = "The KPIs", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            description = CSV_NOTE + "fiscal_year, kpi, label_ja, label_en, value, target, comparison, met, unit",
            example = "fiscal_year,kpi,label_ja,label_en,value,target,comparison,met,unit\r\n"
                    + "2025,crossWardAdoptions,他区への横展開数,Cross-ward adoptions,21,50,atLeast,false,adoptions\r\n")))
    public Response kpisCsv(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        KpiReport r = stats.kpis(FiscalYear.parse(fiscalYear));
        List<Object[]> rows = r.kpis().stream().map(k -> new Object[] {r.fiscalYear(), k.id(), k.labelJa(), k.labelEn(),
            k.value(), k.target(), k.comparison(), k.met(), k.unit()}).toList();
        return csv("kpis-FY" + r.fiscalYear(), out -> stats.writeCsv(out,
                new String[] {"fiscal_year", "kpi", "label_ja", "label_en", "value", "target", "comparison", "met", "unit"}, rows));
    }

    @GET
    @Path("/templates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per-template figures of a fiscal year, paged (award_committee, admin)")
    public Page<TemplateStats> templates(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("ward") String ward,
            @QueryParam("platform") String platform, @QueryParam("category") String category,
            @Parameter(description = "Largest first", schema = @Schema(enumeration = {"crossWardAdoptions", "adoptions", "downloads",
                "views", "rating", "hoursMeasured"}, defaultValue = "crossWardAdoptions"))
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        FiscalYear fy = FiscalYear.parse(fiscalYear);
        StatsService.TemplateFilter filter = filter(ward, platform, category, sort);
        return stats.templates(fy, filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/templates")
    @Produces(CSV)
    @Operation(summary = "Per-template figures of a fiscal year as CSV: every row, streamed")
    @APIResponse(responseCode = "200", description = "Per-template figures", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_NOTE + "template_id, title, owner_ward, platform, "
                    + "category, status, views, downloads, adoptions, cross_ward_adoptions, adopting_wards, rating_avg, rating_count, "
                    + "hours_saved_claimed, hours_saved_measured, hours_saved_stories")))
    public Response templatesCsv(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("ward") String ward,
            @QueryParam("platform") String platform, @QueryParam("category") String category,
            @Parameter(description = "Largest first", schema = @Schema(enumeration = {"crossWardAdoptions", "adoptions", "downloads",
                "views", "rating", "hoursMeasured"}, defaultValue = "crossWardAdoptions")) @QueryParam("sort") String sort) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        FiscalYear fy = FiscalYear.parse(fiscalYear);
        StatsService.TemplateFilter filter = filter(ward, platform, category, sort);
        return csv("templates-FY" + fy.year(), out -> stats.templatesCsv(fy, filter, out));
    }

    @GET
    @Path("/wards")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per-ward figures of a fiscal year (award_committee, admin)")
    public List<WardStats> wards(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        return stats.wards(FiscalYear.parse(fiscalYear));
    }

    @GET
    @Path("/wards")
    @Produces(CSV)
    @Operation(summary = "Per-ward figures as CSV")
    @APIResponse(responseCode = "200", description = "Per-ward figures", content = @Content(mediaType = CSV, schema = @Schema(
            type = SchemaType.STRING, description = CSV_NOTE + "ward, name_ja, name_en, templates_published, adoptions_made, adoptions_received, "
                    + "cross_ward_adoptions_given, cross_ward_adoptions_received, hours_saved_measured, hours_saved_claimed, "
                    + "stories_published, hours_saved_stories")))
    public Response wardsCsv(@QueryParam("fiscalYear") String fiscalYear) {
        QueryText.check(QueryText.SLUG, "fiscalYear", fiscalYear);
        FiscalYear fy = FiscalYear.parse(fiscalYear);
        List<Object[]> rows = stats.wards(fy).stream().map(WardStats::csvRow).toList();
        return csv("wards-FY" + fy.year(), out -> stats.writeCsv(out, WardStats.CSV_HEADER, rows));
    }

    @GET
    @Path("/timeseries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Monthly series of downloads, views, adoptions, cross_ward_adoptions or new_templates (award_committee, admin)")
    public TimeSeries timeseries(@Parameter(required = true, schema = @Schema(enumeration = {"downloads", "views", "adoptions",
                "cross_ward_adoptions", "new_templates"})) @QueryParam("metric") String metric,
            @Parameter(description = "YYYY-MM (JST), default April of the current fiscal year",
                schema = @Schema(pattern = MONTH, example = "2025-04")) @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM (JST) inclusive, default March of the current fiscal year",
                schema = @Schema(pattern = MONTH, example = "2026-03")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(enumeration = {"month"}, defaultValue = "month")) @QueryParam("interval") String interval) {
        QueryText.check(QueryText.SLUG, "metric", metric, "from", from, "to", to, "interval", interval);
        return stats.timeseries(metric, from, to, interval);
    }

    @GET
    @Path("/timeseries")
    @Produces(CSV)
    @Operation(summary = "A monthly series as CSV")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_NOTE + "month, metric, value")))
    public Response timeseriesCsv(@QueryParam("metric") String metric, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("interval") String interval) {
        QueryText.check(QueryText.SLUG, "metric", metric, "from", from, "to", to, "interval", interval);
        TimeSeries s = stats.timeseries(metric, from, to, interval);
        List<Object[]> rows = s.points().stream().map(p -> new Object[] {p.month(), s.metric(), p.value()}).toList();
        return csv(s.metric() + "-" + s.from() + "-" + s.to(), out -> stats.writeCsv(out, new String[] {"month", "metric", "value"}, rows));
    }

    private StatsService.TemplateFilter filter(String ward, String platform, String category, String sort) {
        QueryText.check(QueryText.SLUG, "ward", ward, "platform", platform, "category", category, "sort", sort);
        List<Problem.FieldError> errors = new ArrayList<>();
        String w = blank(ward);
        String p = blank(platform);
        String c = blank(category);
        String s = blank(sort) == null ? "crossWardAdoptions" : sort.strip();
        if (w != null && wards.find(w).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        if (p != null && reference.platform(p).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (c != null && reference.category(c).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (!StatsService.TEMPLATE_SORTS.containsKey(s)) {
            errors.add(new Problem.FieldError("sort", "must be one of " + String.join(", ",
                    Stream.of("crossWardAdoptions", "adoptions", "downloads", "views", "rating", "hoursMeasured").toList())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid statistics parameters.", errors);
        }
        return new StatsService.TemplateFilter(w, p, c, s);
    }

    private static Response csv(String name, StreamingOutput body) {
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"yokoten-" + name + ".csv\"").build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
