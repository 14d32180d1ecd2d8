package org.allianceplanner.diagram.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.diagram.internal.layout.ElkSetup;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.LayoutConfigurator;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.data.LayoutOptionData;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.properties.IProperty;

/**
 * How one diagram description wants its diagrams laid out: an ELK algorithm and option values, set through
 * ELK's own option constants or parsed from their ids and text values by ELK's meta data service (as a
 * description file gives them). Applied as one ELK {@link LayoutConfigurator} per description. Immutable.
 */
public final class LayoutConfiguration {

	private final String algorithmId;
	private final Map<IProperty<?>, Object> options;

	private LayoutConfiguration(String algorithmId, Map<IProperty<?>, Object> options) {
		this.algorithmId = algorithmId;
		this.options = Collections.unmodifiableMap(options);
	}

	/** ELK layered with ELK's defaults and ours (left to right, orthogonal edges, children laid out together). */
	public static LayoutConfiguration layered() {
		return new LayoutConfiguration(LayeredOptions.ALGORITHM_ID, new LinkedHashMap<>());
	}

	/**
	 * The algorithm with the given id or id suffix ({@code layered}, {@code org.eclipse.elk.fixed}...).
	 *
	 * @throws IllegalArgumentException naming the id if ELK knows no such algorithm
	 */
	public static LayoutConfiguration of(String algorithmId) {
		LayoutAlgorithmData data = ElkSetup.service().getAlgorithmDataBySuffix(Objects.requireNonNull(algorithmId));
		if (data == null) {
			throw new IllegalArgumentException("unknown layout algorithm '" + algorithmId + "'; known: "
					+ ElkSetup.service().getAlgorithmData().stream().map(LayoutAlgorithmData::getId).sorted().toList());
		}
		return new LayoutConfiguration(data.getId(), new LinkedHashMap<>());
	}

	/** This configuration with an option set through ELK's constant (e.g. {@code LayeredOptions.DIRECTION}). */
	public <T> LayoutConfiguration with(IProperty<T> option, T value) {
		Map<IProperty<?>, Object> copy = new LinkedHashMap<>(options);
		copy.put(Objects.requireNonNull(option, "option"), Objects.requireNonNull(value, "value"));
		return new LayoutConfiguration(algorithmId, copy);
	}

	/**
	 * This configuration with an option given as text, e.g. {@code ("elk.direction", "DOWN")} or
	 * {@code ("org.eclipse.elk.spacing.nodeNode", "40")}; ELK parses the value for the option's type.
	 *
	 * @throws IllegalArgumentException naming the option if it is unknown or the value does not parse
	 */
	public LayoutConfiguration with(String optionId, String value) {
		LayoutMetaDataService service = ElkSetup.service();
		LayoutOptionData data = service.getOptionDataBySuffix(Objects.requireNonNull(optionId, "optionId"));
		if (data == null) {
			throw new IllegalArgumentException("unknown layout option '" + optionId + "'");
		}
		Object parsed = data.parseValue(value);
		if (parsed == null) {
			throw new IllegalArgumentException("layout option '" + data.getId() + "' does not accept the value '"
					+ value + "' (expected " + data.getType().toString().toLowerCase() + valueChoices(data) + ")");
		}
		Map<IProperty<?>, Object> copy = new LinkedHashMap<>(options);
		copy.put(data, parsed);
		return new LayoutConfiguration(algorithmId, copy);
	}

	private static String valueChoices(LayoutOptionData data) {
		String[] choices = data.getChoices();
		return choices == null || choices.length == 0 ? "" : " " + String.join(", ", choices);
	}

	/** The full id of the chosen algorithm. */
	public String algorithmId() {
		return algorithmId;
	}

	/** The options the description set, in the order set. */
	public Map<IProperty<?>, Object> options() {
		return options;
	}

	/** The layout direction the description chose, {@link Direction#RIGHT} by default. */
	public Direction direction() {
		for (Map.Entry<IProperty<?>, Object> e : options.entrySet()) {
			if (e.getKey().getId().equals(CoreOptions.DIRECTION.getId()) && e.getValue() instanceof Direction d
					&& d != Direction.UNDEFINED) {
				return d;
			}
		}
		return Direction.RIGHT;
	}

	/** Whether the description set the option (by its id). */
	boolean sets(IProperty<?> option) {
		return options.keySet().stream().anyMatch(o -> o.getId().equals(option.getId()));
	}

	public boolean isLayered() {
		return LayeredOptions.ALGORITHM_ID.equals(algorithmId);
	}

	/**
	 * The ELK configurator for this configuration: our defaults, then the description's options, on every node
	 * that has children (the root included), filtered by ELK to the options that apply to parents.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public LayoutConfigurator configurator() {
		LayoutConfigurator configurator = new LayoutConfigurator();
		configurator.addFilter(LayoutConfigurator.OPTION_TARGET_FILTER);
		var parents = configurator.configure(ElkNode.class);
		parents.setProperty(CoreOptions.ALGORITHM, algorithmId);
		if (isLayered()) {
			Defaults.layered(parents);
		}
		options.forEach((option, value) -> parents.setProperty((IProperty) option, value));
		return configurator;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LayoutConfiguration c && algorithmId.equals(c.algorithmId) && options.equals(c.options);
	}

	@Override
	public int hashCode() {
		return Objects.hash(algorithmId, options);
	}

	@Override
	public String toString() {
		return "LayoutConfiguration[" + algorithmId + ", " + options + "]";
	}
}
