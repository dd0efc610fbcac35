/** Word.CustomProperty: key, value, type ("String" | "Number" | "Boolean" | "Date"); value is writable. */
import { ProxyObject, type ScalarGetters } from "./ProxyObject";
import type { CustomPropertyData } from "../model/CustomPropertyStore";

export class CustomPropertyProxy extends ProxyObject<CustomPropertyData> {
  protected typeName(): string {
    return "CustomProperty";
  }

  protected override isAlive(t: CustomPropertyData): boolean {
    return this.context.model.customProps.isLive(t);
  }

  protected scalarGetters(): ScalarGetters<CustomPropertyData> {
    return { key: (t) => t.key, value: (t) => t.value, type: (t) => t.type };
  }

  get key(): string { return this.prop("key"); }
  get type(): string { return this.prop("type"); }
  get value(): unknown { return this.prop("value"); }
  set value(v: unknown) {
    this.setProp("value", v, (t, value) => void this.context.model.customProps.set(t.key, value));
  }

  delete(): void {
    this.command("delete", (t) => this.context.model.customProps.delete(t));
  }
}
