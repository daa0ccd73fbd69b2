package dev.verbatim.spark;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL shape of a quote, and the conversion from the engine's result. Offsets are UTF-16
 * {@code [start, end)} indices into the article text, as in the Java API and the JSON contract.
 *
 * <pre>
 * array&lt;struct&lt;kind: string, spans: array&lt;array&lt;int&gt;&gt;, text: string,
 *   cue: struct&lt;start, end, text&gt;, speaker: struct&lt;start, end, text&gt;,
 *   entity_name: string, entity_type: string, confidence: double&gt;&gt;
 * </pre>
 *
 * <p>Stateless and thread-safe. {@code cue}, {@code speaker}, {@code entity_name} and {@code
 * entity_type} are null when the quote has no cue or no speaker.
 */
public final class QuoteRows {
  /** A mention in the text: {@code struct<start: int, end: int, text: string>}. */
  public static final StructType SPAN = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  /** One quote; see the class comment. */
  public static final StructType QUOTE = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("spans", DataTypes.createArrayType(
          DataTypes.createArrayType(DataTypes.IntegerType, false), false), false)
      .add("text", DataTypes.StringType, false)
      .add("cue", SPAN, true)
      .add("speaker", SPAN, true)
      .add("entity_name", DataTypes.StringType, true)
      .add("entity_type", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, false);

  /** The return type of {@code attribute_quotes}. */
  public static final ArrayType QUOTES = DataTypes.createArrayType(QUOTE, false);

  private QuoteRows() {}

  /** Every quote of {@code result}, in text order, as rows of {@link #QUOTE}. */
  public static List<Row> of(AttributionResult result) {
    List<Row> rows = new ArrayList<>(result.quotes().size());
    for (Quote q : result.quotes()) {
      List<List<Integer>> spans = new ArrayList<>(q.spans().size());
      for (Span s : q.spans()) {
        spans.add(List.of(s.start(), s.end()));
      }
      Entity entity = result.speakerOf(q);
      rows.add(RowFactory.create(
          q.kind().jsonName(),
          spans,
          q.text(),
          span(q.cue()),
          q.speaker() == null ? null : span(q.speaker().mention()),
          entity == null ? null : entity.name(),
          entity == null ? null : entity.type().jsonName(),
          q.confidence()));
    }
    return rows;
  }

  private static Row span(Span s) {
    return s == null ? null : RowFactory.create(s.start(), s.end(), s.text());
  }
}
