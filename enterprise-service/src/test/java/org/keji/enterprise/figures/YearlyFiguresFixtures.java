package org.keji.enterprise.figures;

import static io.restassured.RestAssured.given;

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
}
