package org.keji.commons.testapp;

import java.util.List;
import java.util.Map;

import org.keji.commons.money.Money;

public record PriceWidget(String name, Money price, List<String> tags, Map<String, Integer> sizes, Part part) {

    public record Part(String label) {
    }
}
