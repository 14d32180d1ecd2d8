package org.allianceplanner.ui.internal.outline;

import java.util.EnumMap;
import java.util.Map;

import org.allianceplanner.dsl.ide.symbol.PlanSymbolKinds;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The icon of each kind of plan element (icons/outline/, drawn by icons/IconPainter.java; the @2x
 * variants are picked up by JFace on high-resolution screens). Images live as long as the workbench.
 */
public final class KindImages {

	private static final Map<PlanSymbolKinds, Image> IMAGES = new EnumMap<>(PlanSymbolKinds.class);
	private static Image element;

	private KindImages() {
	}

	/** The icon of a symbol kind; a generic one for kinds without their own. On the UI thread. */
	public static synchronized Image of(SymbolKind symbolKind) {
		PlanSymbolKinds kind = PlanSymbolKinds.of(symbolKind);
		return kind == null ? element() : IMAGES.computeIfAbsent(kind, k -> create(file(k)));
	}

	/** The icon of a group of elements. */
	public static Image group() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
	}

	private static Image element() {
		if (element == null) {
			element = create("element");
		}
		return element;
	}

	/** The icon file of a kind: the seven kinds a planner navigates by have their own. */
	static String file(PlanSymbolKinds kind) {
		return switch (kind) {
		case PLAN -> "plan";
		case READINESS_STAGE -> "stage";
		case COMMON_PROCEDURE -> "procedure";
		case TASK -> "task";
		case PARTY -> "party";
		case AREA -> "area";
		case MECHANISM, COORDINATION_BODY -> "mechanism";
		default -> "element";
		};
	}

	private static Image create(String file) {
		ImageDescriptor descriptor = ResourceLocator
				.imageDescriptorFromBundle(KindImages.class, "icons/outline/" + file + ".png")
				.orElse(ImageDescriptor.getMissingImageDescriptor());
		return descriptor.createImage();
	}
}
