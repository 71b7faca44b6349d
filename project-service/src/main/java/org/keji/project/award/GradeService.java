package org.keji.project.award;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.security.Caller;
import org.keji.project.award.dto.GradeTerms;
import org.keji.project.award.dto.GradeView;
import org.keji.project.award.dto.PublishGradesRequest;

/**
 * The award's grade table per year (年度奖励等级及奖金标准), published by the bureau. Publishing a year replaces its
 * table: listed grades are created or revised, unlisted ones withdrawn; a grade a decision references refuses both (409
 * {@code AWARD_GRADE_IN_USE}). Publications of one year queue behind each other, and the year's rows stay locked until
 * the publication commits, so no decision takes a grade halfway through a change.
 */
@ApplicationScoped
public class GradeService {

    private final YearGradeRepository grades;
    private final Caller caller;
    private final Clock clock;

    public GradeService(YearGradeRepository grades, Caller caller, Clock clock) {
        this.grades = grades;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public List<GradeView> publish(int year, PublishGradesRequest request) {
        Map<AwardGrade, GradeTerms> listed = new EnumMap<>(AwardGrade.class);
        for (int i = 0; i < request.grades().size(); i++) {
            GradeTerms terms = request.grades().get(i);
            if (listed.put(terms.grade(), terms) != null) {
                throw InvalidRequestException.field("VALIDATION_FAILED", "grades[" + i + "].grade",
                        "each grade at most once", terms.grade().name());
            }
            if (terms.amount().isNegative() || terms.amount().isZero()) {
                throw InvalidRequestException.field("VALIDATION_FAILED", "grades[" + i + "].amount",
                        "must be more than zero", terms.amount().toString());
            }
        }
        // the first publication of a year has no rows to lock yet: a transaction lock on the year queues it
        grades.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('award_grade'), :year)) locked")
                .setParameter("year", year).getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<YearGrade> result = new ArrayList<>();
        for (YearGrade existing : grades.lockYear(year)) {
            GradeTerms terms = listed.remove(existing.grade());
            if (terms == null) {
                existing.requireUnused();
                grades.delete(existing);
            } else {
                existing.revise(terms.amount(), terms.quota(), caller.name(), now);
                result.add(existing);
            }
        }
        for (GradeTerms terms : listed.values()) {
            YearGrade created = YearGrade.publish(year, terms.grade(), terms.amount(), terms.quota(), caller.name(),
                    now);
            grades.persist(created);
            result.add(created);
        }
        grades.flush();
        return result.stream().sorted(Comparator.comparing(YearGrade::grade)).map(GradeView::of).toList();
    }

    public Page<GradeView> search(Integer year, PageQuery query) {
        return grades.search(year, query).map(GradeView::of);
    }
}
