package org.keji.enterprise.figures;

import static io.restassured.RestAssured.given;

import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.Tokens;

/** Fixtures: yearly figures, consistent unless a test changes a field. */
public final class YearlyFiguresFixtures {

    private YearlyFiguresFixtures() {
    }

    /** Consistent figures: 120 employees, 18 in R&D, sales 48 M of 50 M total revenue, R&D 2.6 M (2.5 M in China). */
    public static String someFigures() {
        return figures(120, 18, "48000000.00", "50000000.00", "36000000.00", "2600000.00", "2500000.00",
                "41000000.00", "65000000.00", "30000000.00");
    }

    public static String figures(int employees, int rdStaff, String sales, String totalRevenue, String highTech,
            String rd, String domesticRd, String totalCost, String totalAssets, String netAssets) {
        return """
                {"employees":%d,"rdStaff":%d,"salesRevenue":"%s","totalRevenue":"%s","highTechRevenue":"%s",\
                "rdExpense":"%s","domesticRdExpense":"%s","totalCost":"%s","totalAssets":"%s","netAssets":"%s"}"""
                .formatted(employees, rdStaff, sales, totalRevenue, highTech, rd, domesticRd, totalCost, totalAssets,
                        netAssets);
    }

    /** Reports figures as an officer; the year must not have figures yet. */
    public static void report(String uscc, int year, String figures) {
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body(figures)
                .put("/api/v1/enterprises/" + uscc + "/figures/" + year).then().statusCode(201);
    }

    /** An enterprise registered in 2019 in Fuzhou with the research-intensive figures of 2023–2025 reported. */
    public static String anEnterpriseWithThreeYearsOfFigures(String name) {
        String uscc = Enterprises.aRegisteredEnterprise(name);
        report(uscc, 2023, figures(90, 12, "30000000.00", "31000000.00",
                "20150000.00", "2000000.00", "1800000.00", "24000000.00", "41000000.00", "20000000.00"));
        report(uscc, 2024, figures(95, 14, "36000000.00", "37000000.00",
                "24050000.00", "2000000.00", "1800000.00", "28800000.00", "51000000.00", "25000000.00"));
        report(uscc, 2025, figures(100, 15, "45000000.00", "46000000.00",
                "29900000.00", "2000000.00", "1800000.00", "36000000.00", "63500000.00", "31250000.00"));
        return uscc;
    }
}
