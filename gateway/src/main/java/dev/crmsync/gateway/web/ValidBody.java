package dev.crmsync.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.jackson.DatabindCodec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request body that fits its operation's schema, bound to a record when a handler asks for one. */
sealed interface ValidBody {
  /** The body as this type; a body that does not fit it fails as Jackson does. */
  <T> T as(Class<T> type) throws JsonProcessingException;

  /** A body read as a tree, bound by Jackson. */
  record Tree(JsonNode tree) implements ValidBody {
    @Override
    public <T> T as(Class<T> type) throws JsonProcessingException {
      return DatabindCodec.mapper().treeToValue(tree, type);
    }
  }

  /**
   * A body of string lists by property name ({@link StringListsBody}). A record whose components are all lists
   * gets them through its canonical constructor, a missing list as null, as from Jackson: binding the id lists of
   * a badge call through a tree took a twentieth of the call.
   */
  record StringLists(Map<String, List<String>> lists) implements ValidBody {
    private static final ClassValue<Optional<ListsConstructor>> OF_LISTS = new ClassValue<>() {
      @Override
      protected Optional<ListsConstructor> computeValue(Class<?> type) {
        return ListsConstructor.of(type);
      }
    };

    @Override
    public <T> T as(Class<T> type) {
      Optional<ListsConstructor> constructor = OF_LISTS.get(type);
      return constructor.isPresent() ? type.cast(constructor.get().construct(lists))
          : DatabindCodec.mapper().convertValue(lists, type);
    }
  }

  /** The canonical constructor of a record whose components are all lists, and their names in its order. */
  record ListsConstructor(Constructor<?> constructor, List<String> names) {
    static Optional<ListsConstructor> of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (components == null || !Arrays.stream(components).allMatch(component -> component.getType() == List.class)) {
        return Optional.empty();
      }
      try {
        return Optional.of(new ListsConstructor(type.getDeclaredConstructor(Arrays.stream(components)
            .map(RecordComponent::getType).toArray(Class<?>[]::new)),
            Arrays.stream(components).map(RecordComponent::getName).toList()));
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }

    Object construct(Map<String, List<String>> lists) {
      Object[] arguments = new Object[names.size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = lists.get(names.get(i));
      }
      try {
        return constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("the body does not fit " + constructor.getDeclaringClass().getSimpleName(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass().getName(), e);
      }
    }
  }
}
