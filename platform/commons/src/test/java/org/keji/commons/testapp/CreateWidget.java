package org.keji.commons.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateWidget(@NotBlank @Size(max = 20) String name, @Size(max = 5) String colour) {
}
