package org.keji.ip.inspection;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One problem found in an inspection, a row of its own so statistics count problems by region, year and type with one
 * aggregate query; region and year are the inspection's.
 */
@Entity
@Table(name = "enforcement_inspection_problem")
public class InspectionProblem {

    @Id
    private UUID id;

    @Column(name = "inspection_id", nullable = false)
    private UUID inspectionId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_type", nullable = false, length = 40)
    private ProblemType type;

    @Column(name = "product_index")
    private Integer productIndex;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private int year;

    protected InspectionProblem() {
    }

    static InspectionProblem of(EnforcementInspection inspection, int position, ProblemType type,
            Integer productIndex, String description) {
        InspectionProblem problem = new InspectionProblem();
        problem.id = UUID.randomUUID();
        problem.inspectionId = inspection.id();
        problem.position = position;
        problem.type = type;
        problem.productIndex = productIndex;
        problem.description = description;
        problem.region = inspection.region();
        problem.year = inspection.year();
        return problem;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public int position() {
        return position;
    }

    public ProblemType type() {
        return type;
    }

    public Integer productIndex() {
        return productIndex;
    }

    public String description() {
        return description;
    }
}
