package jp.yokoten.project;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.project.ProjectViews.FlowVersion;
import jp.yokoten.project.ProjectViews.Member;
import jp.yokoten.project.ProjectViews.ProjectDetail;
import jp.yokoten.project.ProjectViews.ProjectSummary;
import jp.yokoten.project.ProjectViews.StandardTemplate;

/** Read models of projects as plain SQL (no entity hydration); every list is paged in a stable order. */
@ApplicationScoped
public class ProjectReads {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentUser user;

    /** The detail and its ETag (the optimistic-lock version). */
    public record Loaded(ProjectDetail detail, String etag) {}

    /** Newest first; {@code process} narrows to one common process (served by project_process). */
    public Page<ProjectSummary> list(UUID process, PageRequest paging) {
        String where = process == null ? "" : " WHERE p.process_id = ?";
        try (Connection c = dataSource.getConnection()) {
            List<ProjectSummary> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT p.id, p.title, p.process_id, pr.name_ja, pr.name_en,
                           ARRAY(SELECT ward FROM project_ward w WHERE w.project_id = p.id ORDER BY ward),
                           (SELECT count(*) FROM project_member m WHERE m.project_id = p.id),
                           (SELECT count(*) FROM project_template t WHERE t.project_id = p.id), p.flow_version, p.updated_at
                    FROM project p JOIN process pr ON pr.id = p.process_id""" + where
                    + " ORDER BY p.created_at DESC, p.id LIMIT ? OFFSET ?")) {
                int i = 1;
                if (process != null) {
                    st.setObject(i++, process);
                }
                st.setInt(i++, paging.size());
                st.setLong(i, paging.offset());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ProjectSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getString(4), rs.getString(5), strings(rs.getArray(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                                rs.getObject(10, OffsetDateTime.class)));
                    }
                }
            }
            long total;
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM project p" + where)) {
                if (process != null) {
                    st.setObject(1, process);
                }
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page<>(items, paging.page(), paging.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Loaded detail(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            ProjectDetail d;
            String etag;
            List<Member> members = members(c, id);
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT p.title, p.goal, p.process_id, pr.name_ja, pr.name_en,
                           ARRAY(SELECT ward FROM project_ward w WHERE w.project_id = p.id ORDER BY ward),
                           p.flow, p.flow_version, p.created_at, p.updated_at, p.lock_version
                    FROM project p JOIN process pr ON pr.id = p.process_id WHERE p.id = ?""")) {
                st.setObject(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFound("There is no project " + id + ".");
                    }
                    boolean canEdit = user.hasRole(CurrentUser.ADMIN) || members.stream().anyMatch(m -> m.subject().equals(user.subject()));
                    d = new ProjectDetail(id, rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getString(5), strings(rs.getArray(6)), members, rs.getString(7), rs.getInt(8), milestones(c, id),
                            templates(c, id), canEdit, rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class));
                    etag = "\"" + rs.getInt(11) + "\"";
                }
            }
            return new Loaded(d, etag);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standard flow's versions, newest first. */
    public Page<FlowVersion> flowHistory(UUID id, PageRequest paging) {
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement st = c.prepareStatement("SELECT flow_version FROM project WHERE id = ?")) {
                st.setObject(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFound("There is no project " + id + ".");
                    }
                    total = rs.getLong(1);
                }
            }
            List<FlowVersion> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT version, body, edited_by, editor_name, edited_at FROM project_flow_version
                    WHERE project_id = ? ORDER BY version DESC LIMIT ? OFFSET ?""")) {
                st.setObject(1, id);
                st.setInt(2, paging.size());
                st.setLong(3, paging.offset());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        items.add(new FlowVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class)));
                    }
                }
            }
            return new Page<>(items, paging.page(), paging.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Member> members(Connection c, UUID id) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT subject, name, ward, added_at FROM project_member WHERE project_id = ? ORDER BY added_at, subject")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)));
                }
            }
        }
        return out;
    }

    private static List<ProjectMilestone> milestones(Connection c, UUID id) throws SQLException {
        List<ProjectMilestone> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT title, due_on, done_on FROM project_milestone WHERE project_id = ? ORDER BY position")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProjectMilestone(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                            rs.getObject(3, java.time.LocalDate.class)));
                }
            }
        }
        return out;
    }

    private static List<StandardTemplate> templates(Connection c, UUID id) throws SQLException {
        List<StandardTemplate> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT t.id, t.title, t.owner_ward, t.status FROM project_template pt JOIN template t ON t.id = pt.template_id
                WHERE pt.project_id = ? ORDER BY t.title, t.id""")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new StandardTemplate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
