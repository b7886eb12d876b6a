"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type SignaturePadProps = {
  /** The hidden field carrying the PNG data URL. */
  name: string;
  label: string;
  hint: string;
  canvasLabel: string;
  clearLabel: string;
  /** A signature to show again (after a refused submission). */
  initialValue?: string;
  errors?: string[];
};

/**
 * A drawn signature: pointer events (mouse, touch, stylus) on a canvas, exported as a PNG data
 * URL into a hidden field; "Effacer" clears it. The signature is optional, so a keyboard user
 * loses nothing by skipping it; the canvas is labelled and its errors tied to it.
 */
export function SignaturePad({ name, label, hint, canvasLabel, clearLabel, initialValue, errors }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [value, setValue] = useState(initialValue ?? "");
  const id = useId();
  const invalid = Boolean(errors && errors.length > 0);

  useEffect(() => {
    if (!initialValue) return;
    const context = canvas.current?.getContext?.("2d");
    if (!context) return;
    const image = new Image();
    image.onload = () => context.drawImage(image, 0, 0);
    image.src = initialValue;
  }, [initialValue]);

  function point(event: React.PointerEvent<HTMLCanvasElement>) {
    const element = event.currentTarget;
    const box = element.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * element.width) / (box.width || element.width),
      y: ((event.clientY - box.top) * element.height) / (box.height || element.height),
    };
  }

  function start(event: React.PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext("2d");
    if (!context) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.lineWidth = 2.5;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.strokeStyle = "#0f172a";
    context.beginPath();
    context.moveTo(x, y);
  }

  function move(event: React.PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext("2d");
    if (!context) return;
    const { x, y } = point(event);
    context.lineTo(x, y);
    context.stroke();
  }

  function end(event: React.PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    drawing.current = false;
    setValue(event.currentTarget.toDataURL("image/png"));
  }

  function clear() {
    const element = canvas.current;
    element?.getContext?.("2d")?.clearRect(0, 0, element.width, element.height);
    setValue("");
  }

  return (
    <fieldset>
      <legend className="block text-sm font-medium text-slate-800">{label}</legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
      <canvas
        ref={canvas}
        width={480}
        height={160}
        role="img"
        aria-label={canvasLabel}
        aria-describedby={[`${id}-hint`, invalid ? `${id}-error` : null].filter(Boolean).join(" ")}
        className="mt-2 block h-40 w-full max-w-[30rem] touch-none rounded-lg border border-slate-300 bg-white"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <input type="hidden" name={name} value={value} />
      <Button type="button" onClick={clear} variant="secondary" size="sm" className="mt-2">
        {clearLabel}
      </Button>
      {invalid ? (
        <ul id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
