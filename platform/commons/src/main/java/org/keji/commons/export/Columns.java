package org.keji.commons.export;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The columns of an exported row type, read from its record components in declaration order.
 * <ul>
 * <li>Header: the component's {@code @Schema(title)}; else the first parenthesised Chinese text of its
 * {@code @Schema(description)}, e.g. {@code "Date of payment (拨付日期)"} gives {@code 拨付日期}; else its name.</li>
 * <li>A nested record (not {@link Money}) is flattened one level: its columns follow, titled
 * {@code parent·child}.</li>
 * <li>Values: see {@link #cell(Object)}.</li>
 * <li>A component marked {@link NotExported} has no column.</li>
 * </ul>
 */
final class Columns {

    /** Between parenthesised Chinese text in a description and a title: ASCII or full-width parentheses. */
    private static final Pattern CHINESE_IN_PARENTHESES = Pattern.compile("[(（]([^()（）]*\\p{IsHan}[^()（）]*)[)）]");

    private static final ClassValue<List<Column>> CACHE = new ClassValue<>() {
        @Override
        protected List<Column> computeValue(Class<?> type) {
            return List.copyOf(columns(type, "", Function.identity(), true));
        }
    };

    private Columns() {
    }

    /** One column of a row: its header and how its value is read from a row object. */
    record Column(String title, Function<Object, Object> value) {
    }

    /** The columns of rows of this type: a record's components, or a single column for any other type. */
    static List<Column> of(Class<?> rowType) {
        return CACHE.get(rowType);
    }

    /**
     * The columns of a statistics record's table: its scalar components first (repeated on every row, e.g. the day
     * counted and the distinct total), then the columns of the elements of {@code rows}. Each row is a
     * {@link TableRow}.
     */
    static List<Column> table(Class<?> recordType, RecordComponent rows, Class<?> elementType) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            // components are compared by name: each call of getRecordComponents answers new objects
            if (!component.getName().equals(rows.getName()) && !component.isAnnotationPresent(NotExported.class)) {
                columns.addAll(columns(component, "", row -> ((TableRow) row).table(), true));
            }
        }
        for (Column column : of(elementType)) {
            columns.add(new Column(column.title(), row -> column.value().apply(((TableRow) row).element())));
        }
        return List.copyOf(columns);
    }

    /** One row of a statistics record's table: the record and one element of its rows. */
    record TableRow(Object table, Object element) {
    }

    /** The component of a record holding its rows: the only component that is a list of records, else null. */
    static RecordComponent rowsComponent(Class<?> recordType) {
        RecordComponent found = null;
        for (RecordComponent component : recordType.getRecordComponents()) {
            Class<?> element = elementType(component.getGenericType());
            if (Collection.class.isAssignableFrom(component.getType()) && element != null && element.isRecord()) {
                if (found != null) {
                    return null;
                }
                found = component;
            }
        }
        return found;
    }

    /** The class of the elements of a collection type such as {@code List<CertificationView>}, else null. */
    static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> element) {
                return element;
            }
            if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return null;
    }

    private static List<Column> columns(Class<?> type, String prefix, Function<Object, Object> read,
            boolean flatten) {
        if (!type.isRecord()) {
            return List.of(new Column(prefix.isEmpty() ? type.getSimpleName() : prefix, read));
        }
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.isAnnotationPresent(NotExported.class)) {
                columns.addAll(columns(component, prefix, read, flatten));
            }
        }
        return columns;
    }

    private static List<Column> columns(RecordComponent component, String prefix, Function<Object, Object> read,
            boolean flatten) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        String title = prefix + title(component);
        Function<Object, Object> value = row -> {
            Object owner = read.apply(row);
            if (owner == null) {
                return null;
            }
            try {
                return accessor.invoke(owner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        };
        Class<?> type = component.getType();
        if (flatten && type.isRecord() && type != Money.class) {
            return columns(type, title + "·", value, false);
        }
        return List.of(new Column(title, value));
    }

    /** The header of a component, see the class comment. */
    static String title(RecordComponent component) {
        Schema schema = component.getAccessor().getAnnotation(Schema.class);
        if (schema == null) {
            try {
                schema = component.getDeclaringRecord().getDeclaredField(component.getName())
                        .getAnnotation(Schema.class);
            } catch (NoSuchFieldException e) {
                schema = null;
            }
        }
        if (schema != null && !schema.title().isBlank()) {
            return schema.title();
        }
        if (schema != null) {
            Matcher chinese = CHINESE_IN_PARENTHESES.matcher(schema.description());
            if (chinese.find()) {
                return chinese.group(1).strip();
            }
        }
        return component.getName();
    }

    /**
     * The value written in a cell: null stays null (an empty cell); money and other numbers stay numbers (exact
     * {@link BigDecimal} for money); an enum is its code ({@code name()}); a date or time its ISO-8601 text; a
     * collection the cells of its elements joined with {@code "; "}; anything else its text.
     */
    static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Money money) {
            return money.amount();
        }
        if (value instanceof Enum<?> constant) {
            return code(constant);
        }
        // toString drops zero seconds ("10:15+08:00"); the formatters always write them
        if (value instanceof OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        if (value instanceof LocalDateTime time) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        if (value instanceof Collection<?> collection) {
            List<String> parts = new ArrayList<>(collection.size());
            for (Object element : collection) {
                Object cell = cell(element);
                parts.add(cell == null ? "" : text(cell));
            }
            return String.join("; ", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>(map.size());
            map.forEach((key, element) -> {
                Object cell = cell(element);
                parts.add(key + "=" + (cell == null ? "" : text(cell)));
            });
            return String.join("; ", parts);
        }
        if (value instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                try {
                    Object cell = cell(accessor.invoke(record));
                    if (cell != null) {
                        parts.add(component.getName() + "=" + text(cell));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return String.join(", ", parts);
        }
        return value.toString();
    }

    /** The code of an enum constant as JSON shows it: its {@code @JsonValue} if the enum has one, else its name. */
    static String code(Enum<?> constant) {
        Method jsonValue = JSON_VALUES.get(constant.getDeclaringClass());
        if (jsonValue == null) {
            return constant.name();
        }
        try {
            return String.valueOf(jsonValue.invoke(constant));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the code of " + constant, e);
        }
    }

    private static final ClassValue<Method> JSON_VALUES = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (Method method : type.getDeclaredMethods()) {
                JsonValue annotation = method.getAnnotation(JsonValue.class);
                if (annotation != null && annotation.value() && method.getParameterCount() == 0) {
                    method.setAccessible(true);
                    return method;
                }
            }
            return null;
        }
    };

    /** The text of a cell value: plain decimal notation for numbers, never an exponent. */
    static String text(Object cell) {
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return cell.toString();
    }
}
