package org.allianceplanner.docgen.content;

/**
 * One piece of content inside a {@link Section}. Every renderer handles every kind, which is what keeps the
 * formats in agreement: a format cannot show something the content model does not hold.
 */
public sealed interface Block permits Paragraph, ItemList, Fields, Table, Checklist, Links, FigureBlock {

	/** The kind name templates switch on ({@code paragraph}, {@code list}, {@code fields}, ...). */
	String kind();
}
