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
    private static final ClassValue<Optional<Constructor<?>>> OF_LISTS = new ClassValue<>() {
      @Override
      protected Optional<Constructor<?>> computeValue(Class<?> type) {
        return listsConstructor(type);
      }
    };

    @Override
    public <T> T as(Class<T> type) {
      Optional<Constructor<?>> constructor = OF_LISTS.get(type);
      if (constructor.isEmpty()) {
        return DatabindCodec.mapper().convertValue(lists, type);
      }
      Object[] arguments = Arrays.stream(type.getRecordComponents()).map(component -> lists.get(component.getName()))
          .toArray();
      try {
        return type.cast(constructor.get().newInstance(arguments));
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("the body does not fit " + type.getSimpleName(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + type.getName(), e);
      }
    }

    private static Optional<Constructor<?>> listsConstructor(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      if (components == null || !Arrays.stream(components).allMatch(component -> component.getType() == List.class)) {
        return Optional.empty();
      }
      try {
        return Optional.of(type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }
  }
}
