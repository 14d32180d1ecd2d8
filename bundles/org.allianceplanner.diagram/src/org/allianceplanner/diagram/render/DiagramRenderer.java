package org.allianceplanner.diagram.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.allianceplanner.diagram.graph.Diagram;
import org.allianceplanner.diagram.internal.render.Java2DPainter;
import org.allianceplanner.diagram.internal.render.Scene;
import org.allianceplanner.diagram.internal.render.SceneBuilder;
import org.allianceplanner.diagram.internal.render.SvgWriter;
import org.allianceplanner.diagram.layout.Bounds;
import org.allianceplanner.diagram.layout.DiagramLayout;
import org.allianceplanner.diagram.text.DiagramFont;
import org.allianceplanner.diagram.text.TextMetrics;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders a laid-out diagram without a display. Use the same {@link DiagramFont} (or {@link TextMetrics}) as
 * the layout, so labels fit their boxes. Thread-safe.
 */
public final class DiagramRenderer {

	/** The JDK's PNG writer maps quality q to deflate level 9 - round(9 q): 0.55 gives level 4. */
	private static final float PNG_COMPRESSION_QUALITY = 0.55f;

	/** The default PNG scale: two pixels per point, sharp on high-density screens and in print. */
	public static final double DEFAULT_PNG_SCALE = 2;

	private final TextMetrics metrics;
	private final SceneBuilder scenes;
	private final Java2DPainter painter;
	private final Map<Boolean, BaseFont> pdfFonts = new ConcurrentHashMap<>();

	public DiagramRenderer(TextMetrics metrics) {
		this.metrics = Objects.requireNonNull(metrics, "metrics");
		this.scenes = new SceneBuilder(metrics);
		this.painter = new Java2DPainter(metrics);
	}

	public DiagramRenderer(DiagramFont font) {
		this(new TextMetrics(font));
	}

	/** Renders in the given format; SVG as UTF-8. */
	public byte[] render(DiagramFormat format, Diagram diagram, DiagramLayout layout) {
		return switch (format) {
		case SVG -> toSvg(diagram, layout).getBytes(StandardCharsets.UTF_8);
		case PNG -> toPng(diagram, layout, DEFAULT_PNG_SCALE);
		case PDF -> toPdf(diagram, layout);
		};
	}

	/** Self-contained SVG: no scripts, text as text, one group per element ({@code data-element} = identity). */
	public String toSvg(Diagram diagram, DiagramLayout layout) {
		return new SvgWriter(metrics.font().family()).write(scenes.build(diagram, layout));
	}

	/**
	 * An image has at most this many pixels (about 128 MB as RGB); a larger drawing is scaled down to fit, so
	 * a huge diagram cannot exhaust the heap. Vector formats have no such limit.
	 */
	public static final long MAX_PIXELS = 32_000_000L;

	/** An antialiased image on white, {@code scale} pixels per point (less if over {@link #MAX_PIXELS}). */
	public BufferedImage toImage(Diagram diagram, DiagramLayout layout, double scale) {
		Scene scene = scenes.build(diagram, layout);
		Bounds e = scene.extent();
		double pixels = e.width() * scale * e.height() * scale;
		if (pixels > MAX_PIXELS) {
			scale *= Math.sqrt(MAX_PIXELS / pixels);
		}
		int w = Math.max(1, (int) Math.ceil(e.width() * scale));
		int h = Math.max(1, (int) Math.ceil(e.height() * scale));
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(scale, scale);
			g.translate(-e.x(), -e.y());
			painter.paint(scene, g);
		} finally {
			g.dispose();
		}
		return image;
	}

	public byte[] toPng(Diagram diagram, DiagramLayout layout, double scale) {
		BufferedImage image = toImage(diagram, layout, scale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (param.canWriteCompressed()) {
				// Deflate level 4 instead of 9: several times faster, files a few percent larger.
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(PNG_COMPRESSION_QUALITY);
			}
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		} catch (IOException e) {
			throw new RenderException("diagram " + diagram.id() + ": PNG encoding failed: " + e.getMessage(), e);
		} finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** Paints the diagram onto any Java2D surface in diagram coordinates (the caller sets the transform). */
	public void paint(Diagram diagram, DiagramLayout layout, Graphics2D g) {
		Scene scene = scenes.build(diagram, layout);
		AffineTransform saved = g.getTransform();
		try {
			g.translate(-scene.extent().x(), -scene.extent().y());
			painter.paint(scene, g);
		} finally {
			g.setTransform(saved);
		}
	}

	/** The size of the drawing in points (PDF user units): what {@link #drawPdf} scales into its box. */
	public Bounds size(DiagramLayout layout) {
		return layout.extent();
	}

	/**
	 * Draws the diagram as vectors (paths, and text as PDF text) into a box of a PDF page, scaled down to fit
	 * and centred, never scaled up. Coordinates in PDF user space: {@code (x, y)} is the box's lower-left
	 * corner.
	 *
	 * @return the scale used
	 */
	public float drawPdf(PdfContentByte content, Diagram diagram, DiagramLayout layout, float x, float y, float width,
			float height) {
		Scene scene = scenes.build(diagram, layout);
		Bounds e = scene.extent();
		float w = (float) e.width();
		float h = (float) e.height();
		float scale = Math.min(1f, Math.min(width / w, height / h));
		PdfTemplate template = content.createTemplate(w, h);
		Graphics2D g = template.createGraphics(w, h, new PdfFonts());
		try {
			g.translate(-e.x(), -e.y());
			painter.paint(scene, g);
		} finally {
			g.dispose();
		}
		float dx = x + (width - w * scale) / 2;
		float dy = y + (height - h * scale) / 2;
		content.addTemplate(template, scale, 0, 0, scale, dx, dy);
		return scale;
	}

	/** A one-page PDF the size of the diagram, titled with the diagram's title. */
	public byte[] toPdf(Diagram diagram, DiagramLayout layout) {
		Bounds e = layout.extent();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(new Rectangle((float) e.width(), (float) e.height()), 0, 0, 0, 0);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle(diagram.title().isEmpty() ? diagram.id() : diagram.title());
			document.addCreator("Alliance Planner");
			document.open();
			drawPdf(writer.getDirectContent(), diagram, layout, 0, 0, (float) e.width(), (float) e.height());
			document.close();
		} catch (RuntimeException ex) {
			throw new RenderException("diagram " + diagram.id() + ": PDF output failed: " + ex.getMessage(), ex);
		}
		return out.toByteArray();
	}

	/** Maps the painter's fonts to PDF fonts: the diagram font's TrueType file embedded, else Helvetica. */
	private final class PdfFonts implements FontMapper {

		@Override
		public BaseFont awtToPdf(java.awt.Font font) {
			return pdfFonts.computeIfAbsent(font.isBold(), this::create);
		}

		private BaseFont create(boolean bold) {
			try {
				var bytes = metrics.font().trueTypeBytes(bold);
				if (bytes.isPresent()) {
					return BaseFont.createFont("diagram-" + (bold ? "bold" : "regular") + ".ttf", BaseFont.IDENTITY_H,
							BaseFont.EMBEDDED, true, bytes.get(), null);
				}
				return BaseFont.createFont(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, BaseFont.WINANSI,
						BaseFont.NOT_EMBEDDED);
			} catch (DocumentException | IOException e) {
				throw new RenderException("cannot create the PDF font: " + e.getMessage(), e);
			}
		}

		@Override
		public java.awt.Font pdfToAwt(BaseFont font, int size) {
			return metrics.font().awtFont(new org.allianceplanner.diagram.graph.FontStyle(Math.max(1, size), false,
					false, org.allianceplanner.diagram.graph.RgbColor.BLACK));
		}
	}
}
